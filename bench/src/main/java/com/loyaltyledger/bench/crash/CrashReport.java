package com.loyaltyledger.bench.crash;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.Machine;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The crash drill's outcome as Markdown. */
final class CrashReport {


    private final CrashResult result;
    private final CrashDrill.Settings settings;
    private final Application.Settings application;

    CrashReport(CrashResult result, CrashDrill.Settings settings, Application.Settings application) {
        this.result = result;
        this.settings = settings;
        this.application = application;
    }

    String render(Instant startedAt, Map<String, String> database) {
        StringBuilder text = new StringBuilder();
        text.append(Machine.heading("Crash drill", startedAt, database));
        text.append("## Settings\n\n");
        text.append(String.format("- %d kills with SIGKILL, after %d-%d s of traffic each, %d s down before the "
                        + "restart; seed %d%n", settings.kills(), settings.minRun().toSeconds(),
                settings.maxRun().toSeconds(), settings.downtime().toSeconds(), settings.seed()));
        text.append(String.format("- %d senders: 70%% purchases (receipt id = transaction id) on %d members' "
                + "cards, 20%% deposits and 10%% withdrawals (Idempotency-Key) on four till-float accounts; a "
                + "request left unanswered by a kill is sent again with the same id until answered, or given up "
                + "on (half of them each)%n", settings.concurrency(), settings.members()));
        text.append(String.format("- before each kill a hold of 1.00 on each float account, expiring after %d s, "
                + "so it falls due while the application is down%n", settings.holdTtl().toSeconds()));
        text.append("- application: ").append(application.jar()).append(", JVM ")
                .append(String.join(" ", application.jvmArgs())).append(", arguments ")
                .append(String.join(" ", application.appArgs())).append("\n\n");

        text.append("## Kills\n\n| kill | at s | acknowledged before | restart s |\n|---:|---:|---:|---:|\n");
        for (CrashDrill.Kill kill : result.kills()) {
            text.append(String.format("| %d | %.1f | %,d | %.1f |%n", kill.number(), kill.after().toMillis() / 1000.0,
                    kill.acknowledgedBefore(), kill.restart().toMillis() / 1000.0));
        }
        List<String> missing = result.tally().missing();
        List<String> duplicated = result.tally().duplicated();
        text.append("\n## Outcome\n\n| | count |\n|---|---:|\n");
        text.append(String.format("| acknowledged | %,d |%n", result.acknowledged().size()));
        text.append(String.format("| acknowledged and found in the journal | %,d |%n", result.tally().acknowledgedFound()));
        text.append(String.format("| missing (acknowledged, not in the journal) | %,d |%n", missing.size()));
        text.append(String.format("| duplicated (in the journal more than once) | %,d |%n", duplicated.size()));
        text.append(String.format("| never acknowledged | %,d |%n", result.unacknowledged().size()));
        text.append(String.format("| never acknowledged, in the journal once | %,d |%n",
                result.tally().unacknowledgedPosted()));
        text.append(String.format("| requests sent again after a kill | %,d |%n", result.resent()));
        text.append(String.format("| holds due during a downtime / all released | %d / %s |%n", result.holds(),
                result.holdsReleased() ? "yes" : "NO"));
        text.append("\n- ledger check clean: ").append(result.ledgerClean())
                .append(result.ledgerClean() ? "" : " " + result.discrepancies()).append('\n');
        text.append("- read models level with the event store (postings = journal lines, receipts = receipt "
                + "list): ").append(result.projectionsDiffer() == null ? "yes" : "NO: " + result.projectionsDiffer())
                .append('\n');
        if (!result.refusals().isEmpty()) {
            text.append("- refused requests: ").append(result.refusals()).append('\n');
        }
        if (!missing.isEmpty()) {
            text.append("- missing ids (first 20): ").append(missing.stream().limit(20).toList()).append('\n');
        }
        if (!duplicated.isEmpty()) {
            text.append("- duplicated ids (first 20): ").append(duplicated.stream().limit(20).toList()).append('\n');
        }
        text.append("- **").append(result.passed() ? "passed" : "FAILED").append("**\n");
        return text.toString();
    }
}
