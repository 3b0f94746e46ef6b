package com.loyaltyledger.bench.load;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.BenchDatabase;
import com.loyaltyledger.bench.BenchRun;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Ledger;
import com.loyaltyledger.bench.Options;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run load}: a data set of members, a warm-up, the standard mix for a set time, the purchases at
 * growing data sets, the ledger check, and the raw-PostgreSQL baseline; figures printed and written to
 * {@code bench/results/<date>-load.md}.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(Options options) throws Exception {
        int clients = options.integer("clients", 10_000);
        int concurrency = options.integer("concurrency", 32);
        Duration warmup = options.duration("warmup", Duration.ofSeconds(10));
        Duration duration = options.duration("duration", Duration.ofSeconds(60));
        List<Integer> scales = options.integers("scales", "1,4,16");
        Duration scaleDuration = options.duration("scale-duration", Duration.ofSeconds(30));
        Duration baselineDuration = options.duration("baseline-duration", duration);
        double lagSampling = Double.parseDouble(options.string("lag-sampling", "0.005"));
        long seed = options.seed("seed");
        BenchRun run = new BenchRun("load", options);
        // at --url, --db-url names the running application's own database, which the baseline also uses
        BenchRun.Target target = run.target("ledger_bench");
        BenchDatabase database = target.database();
        Application application = target.application();
        Http admin = target.admin();
        Report report = new Report(run.startedAt(), database.facts(), application);
        Exception failure = null;
        report.settings(clients, concurrency, warmup, duration, scales, scaleDuration, lagSampling, seed);
        try {
            long pid = application == null ? 0 : application.pid();
            String tag = "b" + run.stamp().replace("-", "");
            Programme programme = Programme.create(admin, tag);
            System.out.printf("Registering %,d members (client, card, bonus account) with %d requests at a time%n",
                    clients, concurrency);
            long setUpStart = System.nanoTime();
            List<Member> members = new ArrayList<>(programme.registerAll(0, clients, concurrency));
            report.setUp(clients, Duration.ofNanos(System.nanoTime() - setUpStart));

            Workload workload = new Workload(programme, members, tag);
            System.out.println("Warming up for " + warmup);
            workload.run(Mix.standard(), concurrency, warmup, seed, 0, pid);
            System.out.println("Measuring the mix for " + duration);
            Workload.Measurement mixed = workload.run(Mix.standard(), concurrency, duration, seed + 1,
                    lagSampling, pid);
            report.mixed(mixed);
            System.out.println(report.mixedSection());

            for (int scale : scales) {
                int wanted = scale * clients;
                if (members.size() < wanted) {
                    System.out.printf("Growing the data set to %,d members%n", wanted);
                    members.addAll(programme.registerAll(members.size(), wanted, concurrency));
                }
                workload.run(Mix.purchasesOnly(), concurrency, Duration.ofSeconds(5), seed + 2 + scale, 0, pid);
                long events = database.eventStoreHead();
                System.out.printf("Purchases only at %,d members, %,d events stored, for %s%n", members.size(),
                        events, scaleDuration);
                Workload.Measurement measured = new Workload(programme, members, tag + "x" + scale)
                        .run(Mix.purchasesOnly(), concurrency, scaleDuration, seed + 100 + scale, 0, pid);
                report.scale(members.size(), events, measured);
            }

            System.out.println("Waiting for the projections to catch up");
            long head = Ledger.awaitProjections(admin, database, Duration.ofMinutes(10));
            System.out.println("Running the ledger check over " + head + " events");
            long checkStart = System.nanoTime();
            JsonNode check = Ledger.check(admin);
            report.ledgerCheck(check, Duration.ofNanos(System.nanoTime() - checkStart));
            if (application != null) {
                application.stop();
            }
            System.out.printf("Baseline: raw PostgreSQL journal and balance transactions, %d connections, %s%n",
                    concurrency, baselineDuration);
            report.baseline(Baseline.run(database, clients, concurrency, baselineDuration, seed));
        } catch (Exception e) {
            report.failed(e);
            failure = e;
        } finally {
            target.stop();
        }
        run.writeReport(report.render());
        if (failure != null) {
            throw failure;
        }
    }
}
