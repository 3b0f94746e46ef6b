package com.loyaltyledger.bench.load;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.Machine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The load benchmark's figures as Markdown: what was run, on what, and what came out. */
final class Report {


    private record Scale(int members, long events, Workload.Measurement measured) {
    }

    private final Instant startedAt;
    private final Map<String, String> database;
    private final Application application;
    private final StringBuilder settings = new StringBuilder();
    private final List<Scale> scales = new ArrayList<>();
    private String setUp = "";
    private Workload.Measurement mixed;
    private Baseline.Result baseline;
    private JsonNode check;
    private Duration checkTook;
    private String failure;

    Report(Instant startedAt, Map<String, String> database, Application application) {
        this.startedAt = startedAt;
        this.database = database;
        this.application = application;
    }

    void settings(int clients, int concurrency, Duration warmup, Duration duration, List<Integer> scaleFactors,
                  Duration scaleDuration, double lagSampling, long seed) {
        settings.append(String.format("- data set: %,d members (a PERSON client with a phone, in one of three "
                + "categories, with a card whose bonus account opens by itself)%n", clients));
        settings.append(String.format("- %d concurrent clients, each sending its next request when the last is "
                + "answered; warm-up %ds, measured %ds%n", concurrency, warmup.toSeconds(), duration.toSeconds()));
        settings.append("- mix: ").append(Mix.standard()).append('\n');
        settings.append(String.format("- purchases: 1-5 lines of 50.00-2,950.00 × 1-3, one of 20 stores; spending "
                + "ones ask for 100.00 bonus%n"));
        settings.append(String.format("- growth: purchases only at %s × the data set, %ds each after a 5 s "
                + "warm-up%n", scaleFactors, scaleDuration.toSeconds()));
        settings.append(String.format("- projection lag: %.1f%% of purchases followed (polled every %d ms)%n",
                lagSampling * 100, LagProbe.POLL_MILLIS));
        settings.append(String.format("- seed %d%n", seed));
        if (application != null) {
            settings.append("- application: ").append(application.settings().jar()).append(", JVM ")
                    .append(String.join(" ", application.settings().jvmArgs())).append(", arguments ")
                    .append(application.settings().appArgs().isEmpty() ? "(defaults)"
                            : String.join(" ", application.settings().appArgs()))
                    .append('\n');
        }
    }

    void setUp(int members, Duration took) {
        setUp = String.format("Registered %,d members in %.1f s (%.0f members/s; two requests each, plus the "
                + "account the policy opens).", members, took.toNanos() / 1e9, members / (took.toNanos() / 1e9));
    }

    void mixed(Workload.Measurement measurement) {
        this.mixed = measurement;
    }

    void scale(int members, long events, Workload.Measurement measurement) {
        scales.add(new Scale(members, events, measurement));
    }

    void ledgerCheck(JsonNode report, Duration took) {
        this.check = report;
        this.checkTook = took;
    }

    /** The run stopped early: the report keeps what was measured until then, and says why it stopped. */
    void failed(Exception cause) {
        this.failure = cause.toString();
    }

    void baseline(Baseline.Result result) {
        this.baseline = result;
    }

    String mixedSection() {
        StringBuilder text = new StringBuilder();
        text.append("## Mixed load\n\n");
        text.append("| operation | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|\n");
        mixed.stats().forEach((operation, stats) -> text.append(row(operation.label(),
                mixed.throughput(operation), stats)));
        text.append(row("**all purchases**", mixed.purchasesPerSecond(), mixed.purchases()));
        text.append(String.format("| **all requests** | %.0f | | | | | %d |%n%n", mixed.totalPerSecond(),
                mixed.failures()));
        if (mixed.errorsByCode().isEmpty()) {
            text.append("No errors.\n\n");
        } else {
            text.append("Errors by operation, status and code:\n\n");
            mixed.errorsByCode().forEach((reason, count) -> text.append("- ").append(reason).append(": ")
                    .append(count).append('\n'));
            text.append('\n');
        }
        LagProbe.Lag lag = mixed.lag();
        text.append(String.format("Projection lag (acknowledged purchase → in `GET /clients/{id}/purchases`): "
                        + "p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d samples; %d never seen within 60 s, "
                        + "%d not followed (probes busy).%n%n", lag.p50(), lag.p99(), lag.max(), lag.samples(),
                lag.neverSeen(), lag.skipped()));
        text.append("CPU, in cores busy on average: ").append(mixed.cpu()).append(".\n");
        return text.toString();
    }

    private static String row(String label, double perSecond, OperationStats stats) {
        return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.0f | %d |%n", label, perSecond,
                stats.millisAt(50), stats.millisAt(95), stats.millisAt(99), stats.maxMillis(), stats.failures());
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append(Machine.heading("Load benchmark", startedAt, database));
        text.append("- the load generator runs on the same machine too, and its CPU is counted below\n\n");
        text.append("## Settings\n\n").append(settings).append('\n');
        text.append("## Set-up\n\n").append(setUp).append("\n\n");
        if (failure != null) {
            text.append("## The run failed\n\n").append(failure).append("\n\n");
        }
        if (mixed != null) {
            text.append(mixedSection()).append('\n');
        }
        if (baseline != null && mixed != null) {
            double ratio = mixed.purchasesPerSecond() / baseline.perSecond();
            text.append("## Baseline: raw PostgreSQL\n\n");
            text.append(String.format("The same durable work per purchase (journal lines inserted, balance row "
                            + "updated, one commit) from %d JDBC connections for %d s: **%.0f transactions/s**, "
                            + "p50 %.1f ms, p99 %.1f ms.%n%n", baseline.connections(),
                    baseline.duration().toSeconds(), baseline.perSecond(), baseline.p50(), baseline.p99()));
            text.append(String.format("Purchases/s of the product in the mix ÷ baseline transactions/s = "
                    + "%.0f ÷ %.0f = **%.2f**.%n%n", mixed.purchasesPerSecond(), baseline.perSecond(), ratio));
        }
        if (!scales.isEmpty()) {
            text.append("## Growth\n\n");
            text.append("| members | events stored | purchases/s | p50 ms | p99 ms | errors |\n");
            text.append("|---:|---:|---:|---:|---:|---:|\n");
            for (Scale scale : scales) {
                OperationStats purchases = scale.measured().purchases();
                text.append(String.format("| %,d | %,d | %.0f | %.1f | %.1f | %d |%n", scale.members(),
                        scale.events(), scale.measured().purchasesPerSecond(), purchases.millisAt(50),
                        purchases.millisAt(99), scale.measured().failures()));
            }
            text.append('\n');
        }
        if (check != null) {
            text.append("## Ledger check\n\n");
            text.append(String.format("clean: **%s**; %,d accounts and %,d postings checked in %.1f s%s%n%n",
                    check.path("clean").asBoolean(), check.path("accountsChecked").asLong(),
                    check.path("postingsChecked").asLong(), checkTook.toNanos() / 1e9,
                    check.path("discrepancies").isEmpty() ? "" : "; " + check.path("discrepancies")));
        }
        if (mixed != null) {
            text.append(goals());
        }
        return text.toString();
    }

    private String goals() {
        StringBuilder text = new StringBuilder("## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
        double purchases = mixed.purchasesPerSecond();
        double p99 = mixed.purchases().millisAt(99);
        text.append(goal("≥ 1,000 purchases/s sustained", String.format("%.0f/s", purchases), purchases >= 1000));
        text.append(goal("purchase p99 < 50 ms", String.format("%.1f ms", p99), p99 < 50));
        text.append(goal("projection lag p99 < 1 s", String.format("%.0f ms", mixed.lag().p99()),
                mixed.lag().samples() > 0 && mixed.lag().p99() < 1000 && mixed.lag().neverSeen() == 0));
        if (baseline != null) {
            double ratio = purchases / baseline.perSecond();
            text.append(goal("≥ 0.5 of the raw baseline", String.format("%.2f", ratio), ratio >= 0.5));
        }
        if (check != null) {
            text.append(goal("ledger check clean", String.valueOf(check.path("clean").asBoolean()),
                    check.path("clean").asBoolean()));
        }
        return text.append('\n').toString();
    }

    private static String goal(String goal, String measured, boolean met) {
        return "| " + goal + " | " + measured + " | " + (met ? "yes" : "no") + " |\n";
    }
}
