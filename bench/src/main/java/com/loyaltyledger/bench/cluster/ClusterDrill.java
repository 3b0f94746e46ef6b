package com.loyaltyledger.bench.cluster;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.AxonServer;
import com.loyaltyledger.bench.BenchDatabase;
import com.loyaltyledger.bench.BenchRun;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Ledger;
import com.loyaltyledger.bench.Options;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run cluster}: two instances of the application share one PostgreSQL and one Axon Server; the
 * purchase and posting mix runs through both, while one instance is killed with SIGKILL mid-load and started
 * again. At the end: no 5xx, every acknowledged purchase and posting in the journal exactly once, every card with
 * its bonus account, the ledger check clean through both instances, the read models the same through either, and
 * both instances handling events; with throughput, p99 and the time the survivor took to take the dead instance's
 * segments over.
 */
public final class ClusterDrill {

    private static final int FLOAT_ACCOUNTS = 4;
    /** What the issue asks of segments: shared within 30 s of an instance joining or leaving. */
    static final Duration SHARE_WITHIN = Duration.ofSeconds(30);
    /** Processors busy enough in the mix that both instances must have handled events of each. */
    static final List<String> BUSY_PROCESSORS = List.of("journal", "purchases", "accounts", "history");
    /** Members whose read models are compared through both instances. */
    private static final int COMPARED_MEMBERS = 20;

    /** How the drill is run. */
    public record Settings(int members, int concurrency, Duration duration, Duration killAfter, Duration downtime,
                           long seed) {

        static Settings of(Options options) {
            return new Settings(options.integer("members", 200), options.integer("concurrency", 8),
                    options.duration("duration", Duration.ofSeconds(90)),
                    options.duration("kill-after", Duration.ofSeconds(30)),
                    options.duration("downtime", Duration.ofSeconds(5)), options.seed("seed"));
        }
    }

    private final Application first;
    private final Application second;
    private final BenchDatabase database;
    private final Settings settings;

    /** Two instances of one application (see {@link Application.Settings#instance}), not started yet. */
    public ClusterDrill(Application first, Application second, Settings settings) {
        this.first = first;
        this.second = second;
        this.database = first.settings().database();
        this.settings = settings;
    }

    public static void main(Options options) throws Exception {
        Settings settings = Settings.of(options);
        BenchRun run = new BenchRun("cluster", options);
        BenchDatabase database = run.freshDatabase("ledger_cluster");
        int port = options.integer("port", 18080);
        Path logs = Path.of("bench/target/cluster-" + run.stamp());
        AxonServer axonServer = new AxonServer(AxonServer.jar(options.string("axonserver-jar", null)),
                options.integer("axonserver-http-port", 18024), options.integer("axonserver-port", 18124),
                logs.resolve("axonserver"));
        Application.Settings base = run.application(database).settings();
        Application first = new Application(base.instance(port, logs.resolve("a"), axonServer.address()));
        Application second = new Application(base.instance(port + 1, logs.resolve("b"), axonServer.address()));
        options.refuseUnknown();
        ClusterResult result;
        try (axonServer) {
            System.out.println("Starting Axon Server");
            axonServer.start(Duration.ofMinutes(2));
            try {
                result = new ClusterDrill(first, second, settings).run("k" + run.stamp().replace("-", ""));
            } finally {
                first.stop();
                second.stop();
            }
        }
        run.writeReport(new ClusterReport(result, settings, base).render(run.startedAt(), database.facts()));
        if (!result.passed()) {
            System.exit(1);
        }
    }

    /** Starts both instances, sets up, runs the traffic through the kill, and checks what is stored. */
    public ClusterResult run(String tag) throws IOException, InterruptedException, SQLException {
        System.out.println("Starting instance a on " + database.jdbcUrl());
        first.start(Duration.ofMinutes(5));
        System.out.println("Starting instance b");
        second.start(Duration.ofMinutes(5));
        Http a = first.admin();
        Http b = second.admin();
        Duration shared = awaitShared(List.of(a, b), 2, SHARE_WITHIN.multipliedBy(2));
        System.out.printf("Both instances hold segments of every processor after %.1f s%n",
                shared.toMillis() / 1000.0);

        Programme programme = Programme.create(a, tag);
        System.out.printf("Registering %d members through both instances%n", settings.members());
        List<Member> members = new ArrayList<>(programme.registerAll(0, settings.members() / 2, 4));
        members.addAll(programme.through(b).registerAll(settings.members() / 2, settings.members(), 4));
        Map<String, String> bonusAccounts = bonusAccounts(a, members);
        List<String> floats = programme.floatAccounts(FLOAT_ACCOUNTS);
        String store = "CLUSTER-" + tag;
        List<ClusterTraffic.Target> targets = List.of(target("a", a, programme), target("b", b, programme));
        ClusterTraffic traffic = new ClusterTraffic(targets, members, bonusAccounts, floats,
                List.of(programme, programme.through(b)), tag, store, settings.seed());

        long began = System.nanoTime();
        traffic.start(settings.concurrency(), settings.members());
        Thread.sleep(settings.killAfter().toMillis());
        int acknowledgedBefore = traffic.answers().acknowledged().size();
        Map<String, Double> handledBeforeKill = handled(b);
        second.kill();
        long killed = System.nanoTime();
        System.out.printf("Killed instance b at %.1f s, %,d acknowledged so far%n", (killed - began) / 1e9,
                acknowledgedBefore);
        Duration takeover = awaitShared(List.of(a), 1, SHARE_WITHIN.multipliedBy(2));
        System.out.printf("Instance a holds every segment %.1f s after the kill%n",
                (System.nanoTime() - killed) / 1e9);
        Thread.sleep(Math.max(0, settings.downtime().toMillis() - (System.nanoTime() - killed) / 1_000_000));
        long restarting = System.nanoTime();
        second.start(Duration.ofMinutes(5));
        Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
        long restarted = System.nanoTime();
        Duration rebalance = awaitShared(List.of(a, b), 2, SHARE_WITHIN.multipliedBy(2));
        System.out.printf("Instance b up again after %.1f s; both hold segments %.1f s later%n",
                restart.toMillis() / 1000.0, rebalance.toMillis() / 1000.0);
        Thread.sleep(Math.max(0, settings.duration().toMillis() - (System.nanoTime() - began) / 1_000_000));
        traffic.stop();
        Duration ran = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("Traffic stopped after %.1f s: %,d acknowledged, %,d never acknowledged; checking%n",
                ran.toMillis() / 1000.0, traffic.answers().acknowledged().size(),
                traffic.answers().unacknowledged().size());

        awaitProjections(List.of(a, b), Duration.ofMinutes(5));
        Map<String, Integer> found = Ledger.journalCounts(database, tag + "-w", store);
        JsonNode checkA = Ledger.check(a);
        JsonNode checkB = Ledger.check(b);
        return new ClusterResult(ran, Duration.ofNanos(restarted - killed), acknowledgedBefore, takeover,
                restart, rebalance, traffic.answers().acknowledged(), traffic.answers().unacknowledged(), found,
                traffic.answers().refusals(), traffic.serverErrors(), traffic.latencies(),
                traffic.answers().resentCount(), traffic.registered(),
                traffic.registrationsFailed(), cardsWithoutAccount(programme),
                database.count("select count(*) from cmd_card where group_id = '" + programme.groupId() + "'"),
                checkA.path("clean").asBoolean() && checkB.path("clean").asBoolean(),
                checkA.path("discrepancies") + " / " + checkB.path("discrepancies"),
                readModelsDiffer(a, b, members, floats), Ledger.projectionsDiffer(database),
                handledBeforeKill, handled(a), handled(b));
    }

    private static ClusterTraffic.Target target(String name, Http admin, Programme programme) {
        Programme through = programme.through(admin);
        return new ClusterTraffic.Target(name, admin, through.till(), through.office());
    }

    private static Map<String, String> bonusAccounts(Http admin, List<Member> members) throws IOException {
        Map<String, String> accounts = new HashMap<>();
        for (Member member : members) {
            accounts.put(member.clientId(), admin.get("/api/v1/clients/" + member.clientId() + "/cards")
                    .expectOk("cards").json().path("items").get(0).path("bonusAccountId").asString());
        }
        return accounts;
    }

    /**
     * Waits until every segment of every streaming processor is held by one of the instances {@code admins} answer
     * for, each of the {@code holders} first ones holding some of every processor; returns how long that took.
     */
    static Duration awaitShared(List<Http> admins, int holders, Duration timeout)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        String missing = null;
        while (System.nanoTime() < deadline) {
            missing = unshared(admins, holders);
            if (missing == null) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Segments not shared within " + timeout + ": " + missing);
    }

    /** What keeps the segments from being shared as asked, or null. */
    private static String unshared(List<Http> admins, int holders) throws IOException {
        List<String> instances = new ArrayList<>();
        Map<String, JsonNode> processors = new LinkedHashMap<>();
        for (Http admin : admins) {
            JsonNode list;
            try {
                list = admin.get("/api/v1/admin/processors").expectOk("processors").json();
            } catch (IOException notUp) {
                return "an instance does not answer";
            }
            for (JsonNode processor : list) {
                if (processor.path("kind").asString().equals("streaming")) {
                    processors.put(processor.path("name").asString(), processor);
                    if (!instances.contains(processor.path("instance").asString())) {
                        instances.add(processor.path("instance").asString());
                    }
                }
            }
        }
        for (JsonNode processor : processors.values()) {
            for (JsonNode claim : processor.path("claims")) {
                if (!instances.contains(claim.path("owner").asString(""))) {
                    return processor.path("name").asString() + " segment " + claim.path("segment") + " held by "
                            + claim.path("owner");
                }
            }
            for (String instance : instances.subList(0, Math.min(holders, instances.size()))) {
                if (processor.path("shares").path(instance).asInt(0) == 0) {
                    return processor.path("name").asString() + " has no segment on " + instance;
                }
            }
        }
        return null;
    }

    /**
     * Waits until the instances together have handled every stored event: each stands at the event store's head
     * on the segments it holds, and every segment is held.
     */
    private void awaitProjections(List<Http> admins, Duration timeout)
            throws IOException, SQLException, InterruptedException {
        awaitShared(admins, admins.size(), timeout);
        for (Http admin : admins) {
            Ledger.awaitProjections(admin, database, timeout);
        }
    }

    /** Cards of the programme's group without a bonus account (in the account list, caught up by now). */
    private List<String> cardsWithoutAccount(Programme programme) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (var connection = database.connect(); var statement = connection.prepareStatement(
                "select c.number from cmd_card c where c.group_id = ? and not exists (select 1 from account_view a "
                        + "where a.owner_type = 'CARD' and a.owner_id = c.card_id) order by c.number")) {
            statement.setString(1, programme.groupId());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
        }
        return missing;
    }

    /** The first difference between what the two instances answer for the same reads, or null. */
    private static String readModelsDiffer(Http a, Http b, List<Member> members, List<String> floats)
            throws IOException {
        List<String> paths = new ArrayList<>();
        for (Member member : members.subList(0, Math.min(COMPARED_MEMBERS, members.size()))) {
            paths.add("/api/v1/clients/" + member.clientId() + "/cards");
            paths.add("/api/v1/clients/" + member.clientId() + "/purchases?size=200");
            paths.add("/api/v1/journal?clientId=" + member.clientId() + "&size=200");
        }
        for (String account : floats) {
            paths.add("/api/v1/accounts/" + account);
        }
        for (String path : paths) {
            JsonNode throughA = a.get(path).expectOk(path).json();
            JsonNode throughB = b.get(path).expectOk(path).json();
            if (!throughA.equals(throughB)) {
                return path + ": " + throughA + " through a, " + throughB + " through b";
            }
        }
        return null;
    }

    /** Events each busy processor handled on this instance since it started (Axon's meters). */
    private static Map<String, Double> handled(Http admin) throws IOException {
        String metrics = admin.get("/actuator/prometheus").expectOk("metrics").body();
        Map<String, Double> handled = new LinkedHashMap<>();
        for (String processor : BUSY_PROCESSORS) {
            handled.put(processor, metrics.lines()
                    .filter(line -> line.startsWith(processor + "_successCounter"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum());
        }
        return handled;
    }
}
