package com.loyaltyledger.bench.cluster;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.Machine;
import com.loyaltyledger.bench.load.OperationStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The cluster drill's outcome as Markdown. */
final class ClusterReport {

    private final ClusterResult result;
    private final ClusterDrill.Settings settings;
    private final Application.Settings application;

    ClusterReport(ClusterResult result, ClusterDrill.Settings settings, Application.Settings application) {
        this.result = result;
        this.settings = settings;
        this.application = application;
    }

    String render(Instant startedAt, Map<String, String> database) {
        StringBuilder text = new StringBuilder();
        text.append(Machine.heading("Cluster drill", startedAt, database));
        text.append("- Axon Server SE from the jar, development mode, on the same machine\n\n");
        text.append("## Settings\n\n");
        text.append(String.format("- two instances (a, b) of the application, profiles postgres,axonserver, on one "
                + "database; %d members registered through both before the traffic, more every quarter second "
                + "during it; seed %d%n", settings.members(), settings.seed()));
        text.append(String.format("- %d senders for %d s, each request to a random instance: 50%% purchases by card, "
                + "20%% deposits and 10%% withdrawals on four till floats (Idempotency-Key), 20%% pairs of a "
                + "purchase through a and an accrual on the same member's bonus account through b at once; a "
                + "request an instance's death left unanswered is sent again with the same id to the other%n",
                settings.concurrency(), settings.duration().toSeconds()));
        text.append(String.format("- instance b killed with SIGKILL after %d s and started again %d s later%n",
                settings.killAfter().toSeconds(), settings.downtime().toSeconds()));
        text.append("- application: ").append(application.jar()).append(", JVM ")
                .append(String.join(" ", application.jvmArgs())).append("\n\n");

        text.append("## Figures\n\n| | |\n|---|---:|\n");
        OperationStats all = result.all();
        OperationStats purchases = result.latencies().get(ClusterTraffic.Kind.PURCHASE);
        text.append(String.format("| acknowledged purchases and postings per second (whole run, kill included) | "
                + "%.0f |%n", result.throughput()));
        text.append(String.format("| all requests p50 / p99 / max ms | %.0f / %.0f / %.0f |%n", all.millisAt(50),
                all.millisAt(99), all.maxMillis()));
        text.append(String.format("| purchases p50 / p99 / max ms | %.0f / %.0f / %.0f |%n", purchases.millisAt(50),
                purchases.millisAt(99), purchases.maxMillis()));
        text.append(String.format("| takeover: kill → every segment held by a | %s |%n", seconds(result.takeover())));
        text.append(String.format("| restart of b (start → healthy) | %s |%n", seconds(result.restart())));
        text.append(String.format("| rebalance: b healthy → both hold segments of every processor | %s |%n",
                seconds(result.rebalance())));

        List<String> missing = result.tally().missing();
        List<String> duplicated = result.tally().duplicated();
        text.append("\n## Outcome\n\n| | count |\n|---|---:|\n");
        text.append(String.format("| acknowledged (before the kill) | %,d (%,d) |%n", result.acknowledged().size(),
                result.acknowledgedBeforeKill()));
        text.append(String.format("| missing (acknowledged, not in the journal) | %,d |%n", missing.size()));
        text.append(String.format("| duplicated (in the journal more than once) | %,d |%n", duplicated.size()));
        text.append(String.format("| never acknowledged / of those in the journal once | %,d / %,d |%n",
                result.unacknowledged().size(), result.tally().unacknowledgedPosted()));
        text.append(String.format("| answers 5xx | %,d |%n", result.serverErrorCount()));
        text.append(String.format("| requests sent again to the other instance | %,d |%n", result.resent()));
        text.append(String.format("| members registered during the traffic (failed: an instance died half way) | "
                + "%,d (%,d) |%n", result.registered(), result.registrationsFailed()));
        text.append(String.format("| cards / without their bonus account | %,d / %,d |%n", result.cards(),
                result.cardsWithoutAccount().size()));
        text.append("\n- ledger check clean through both instances: ").append(result.ledgerClean())
                .append(result.ledgerClean() ? "" : " " + result.discrepancies()).append('\n');
        text.append("- read models the same through either instance: ")
                .append(result.readModelsDiffer() == null ? "yes" : "NO: " + result.readModelsDiffer()).append('\n');
        text.append("- read models level with the event store: ")
                .append(result.projectionsDiffer() == null ? "yes" : "NO: " + result.projectionsDiffer()).append('\n');
        text.append("- events handled per processor on a / on b before its kill / on b after its restart: ");
        for (String processor : ClusterDrill.BUSY_PROCESSORS) {
            text.append(String.format("%s %.0f / %.0f / %.0f; ", processor, result.handledByA().get(processor),
                    result.handledBeforeKill().get(processor), result.handledByB().get(processor)));
        }
        text.append('\n');
        if (!result.serverErrors().isEmpty()) {
            text.append("- 5xx answers: ").append(result.serverErrors()).append('\n');
        }
        if (!result.refusals().isEmpty()) {
            text.append("- refused requests: ").append(result.refusals()).append('\n');
        }
        if (!missing.isEmpty()) {
            text.append("- missing ids (first 20): ").append(missing.stream().limit(20).toList()).append('\n');
        }
        if (!duplicated.isEmpty()) {
            text.append("- duplicated ids (first 20): ").append(duplicated.stream().limit(20).toList()).append('\n');
        }
        if (!result.cardsWithoutAccount().isEmpty()) {
            text.append("- cards without a bonus account (first 20): ")
                    .append(result.cardsWithoutAccount().stream().limit(20).toList()).append('\n');
        }
        text.append("- **").append(result.passed() ? "passed" : "FAILED").append("**\n");
        return text.toString();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
