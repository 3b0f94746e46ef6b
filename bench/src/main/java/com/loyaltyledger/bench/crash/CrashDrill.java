package com.loyaltyledger.bench.crash;

import com.loyaltyledger.bench.Answers;
import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.BenchDatabase;
import com.loyaltyledger.bench.BenchRun;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Ledger;
import com.loyaltyledger.bench.Options;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run crash}: purchases and postings with known transaction ids flow while the application is
 * killed with SIGKILL at random moments and restarted; holds placed just before each kill expire while it is
 * down. At the end every acknowledged id must be in the journal exactly once, nothing twice, the ledger check
 * clean, the read models level with the event store, and every hold released.
 */
public final class CrashDrill {

    private static final int DEPOSIT_ACCOUNTS = 4;

    /** Holds are looked for every second, so that one due during the downtime is released soon after start. */
    public static final String[] APPLICATION_ARGUMENTS = {"--ledger.holds.expiry-poll-interval=1s"};

    /** How the drill is run. */
    public record Settings(int kills, int members, int concurrency, Duration minRun, Duration maxRun,
                           Duration downtime, Duration holdTtl, long seed) {

        static Settings of(Options options) {
            return new Settings(options.integer("kills", 10), options.integer("members", 200),
                    options.integer("concurrency", 8), options.duration("min-run", Duration.ofSeconds(2)),
                    options.duration("max-run", Duration.ofSeconds(8)),
                    options.duration("downtime", Duration.ofSeconds(3)),
                    options.duration("hold-ttl", Duration.ofSeconds(2)), options.seed("seed"));
        }
    }

    /** One kill: when, how much had been acknowledged by then, and how long the restart took. */
    public record Kill(int number, Duration after, int acknowledgedBefore, Duration restart) {
    }

    private final Application application;
    private final BenchDatabase database;
    private final Settings settings;

    public CrashDrill(Application application, Settings settings) {
        this.application = application;
        this.database = application.settings().database();
        this.settings = settings;
    }

    public static void main(Options options) throws Exception {
        Settings settings = Settings.of(options);
        BenchRun run = new BenchRun("crash", options);
        BenchDatabase database = run.freshDatabase("ledger_crash");
        Application application = run.application(database, APPLICATION_ARGUMENTS);
        options.refuseUnknown();
        CrashResult result;
        try {
            result = new CrashDrill(application, settings).run("c" + run.stamp().replace("-", ""));
        } finally {
            application.stop();
        }
        run.writeReport(new CrashReport(result, settings, application.settings()).render(run.startedAt(),
                database.facts()));
        if (!result.passed()) {
            System.exit(1);
        }
    }

    /** Starts the application, sets up, runs the traffic through the kills, and checks what is stored. */
    public CrashResult run(String tag) throws IOException, InterruptedException, SQLException {
        System.out.println("Starting the application on " + database.jdbcUrl());
        application.start(Duration.ofMinutes(3));
        Http admin = application.admin();
        Programme programme = Programme.create(admin, tag);
        System.out.printf("Registering %d members%n", settings.members());
        List<Member> members = programme.registerAll(0, settings.members(), 8);
        List<String> accounts = programme.floatAccounts(DEPOSIT_ACCOUNTS);
        String store = "CRASH-" + tag;

        Random random = new Random(settings.seed());
        Traffic traffic = new Traffic(programme.till(), programme.office(), members, accounts, tag, store,
                settings.seed());
        List<String> holds = new ArrayList<>();
        List<Kill> kills = new ArrayList<>();
        long began = System.nanoTime();
        traffic.start(settings.concurrency());
        for (int k = 1; k <= settings.kills(); k++) {
            long span = settings.maxRun().toMillis() - settings.minRun().toMillis();
            Thread.sleep(settings.minRun().toMillis() + (span <= 0 ? 0 : random.nextLong(span)));
            holds.addAll(placeHolds(admin, tag, k, accounts));
            int acknowledged = traffic.answers().acknowledged().size();
            application.kill();
            Duration after = Duration.ofNanos(System.nanoTime() - began);
            Thread.sleep(settings.downtime().toMillis());
            long restart = System.nanoTime();
            application.start(Duration.ofMinutes(3));
            kills.add(new Kill(k, after, acknowledged, Duration.ofNanos(System.nanoTime() - restart)));
            System.out.printf("  kill %d of %d at %.1f s, %,d acknowledged so far; up again in %.1f s%n", k,
                    settings.kills(), after.toMillis() / 1000.0, acknowledged,
                    kills.getLast().restart().toMillis() / 1000.0);
        }
        Thread.sleep(settings.minRun().toMillis());
        traffic.stop();
        System.out.printf("Traffic stopped: %,d acknowledged, %,d never acknowledged; checking%n",
                traffic.answers().acknowledged().size(), traffic.answers().unacknowledged().size());

        Ledger.awaitProjections(admin, database, Duration.ofMinutes(5));
        Map<String, Integer> found = Ledger.journalCounts(database, tag + "-w", store);
        boolean holdsReleased = awaitHoldsReleased(admin, holds, accounts, Duration.ofMinutes(2));
        Ledger.awaitProjections(admin, database, Duration.ofMinutes(5));
        JsonNode check = Ledger.check(admin);
        Answers<Traffic.Kind> answers = traffic.answers();
        return new CrashResult(kills, answers.acknowledged(), answers.unacknowledged(), found, answers.refusals(),
                answers.resentCount(), holds.size(), holdsReleased, check.path("clean").asBoolean(),
                check.path("discrepancies").toString(), Ledger.projectionsDiffer(database));
    }

    /** A hold on each account, due to expire while the application is down. */
    private List<String> placeHolds(Http admin, String tag, int kill, List<String> accounts) throws IOException {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            String holdId = tag + "-hold-" + kill + "-" + i;
            admin.withHeader("Idempotency-Key", holdId).post("/api/v1/accounts/" + accounts.get(i) + "/holds",
                    Map.of("amount", "1.00", "ttl", settings.holdTtl().toString())).expectOk("hold " + holdId);
            placed.add(holdId);
        }
        return placed;
    }

    /** Every hold gone from the accounts' active holds, and every account's available balance its balance. */
    private boolean awaitHoldsReleased(Http admin, List<String> holds, List<String> accounts, Duration timeout)
            throws SQLException, IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long active = database.count("select count(*) from account_hold_view where hold_id in ("
                    + String.join(",", holds.stream().map(id -> "'" + id + "'").toList()) + ")");
            boolean available = true;
            for (String account : accounts) {
                JsonNode view = admin.get("/api/v1/accounts/" + account).expectOk("account").json();
                available &= view.path("available").asString().equals(view.path("balance").asString());
            }
            if (active == 0 && available) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf("  %d holds still active after %s%n", active, timeout);
                return false;
            }
            Thread.sleep(500);
        }
    }
}
