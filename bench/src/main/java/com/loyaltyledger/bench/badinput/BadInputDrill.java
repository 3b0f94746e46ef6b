package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.BenchDatabase;
import com.loyaltyledger.bench.BenchRun;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Ledger;
import com.loyaltyledger.bench.Options;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/run bad-input}: sets up a small programme through the API, then sends generated bad requests
 * round-robin across every write endpoint and checks that each is answered with a 4xx problem (RFC 9457) that
 * carries a stable {@code code}, never a 5xx or a success, and that nothing in the database changed: not the
 * event store, not the users, not one read model, and the ledger check stays clean.
 */
public final class BadInputDrill {

    /** Lets the drill ask the application for its request mappings, to prove every write endpoint is covered. */
    static final String EXPOSE_MAPPINGS = "--management.endpoints.web.exposure.include=health,prometheus,mappings";

    private final Http admin;
    private final BenchDatabase database;
    private final int requests;
    private final int concurrency;
    private final long seed;

    public BadInputDrill(Http admin, BenchDatabase database, int requests, int concurrency, long seed) {
        this.admin = admin;
        this.database = database;
        this.requests = requests;
        this.concurrency = concurrency;
        this.seed = seed;
    }

    /** The Spring arguments an application started for the drill needs. */
    public static String[] applicationArguments() {
        return new String[] {EXPOSE_MAPPINGS};
    }

    public static void main(Options options) throws Exception {
        int requests = options.integer("requests", 10_000);
        int concurrency = options.integer("concurrency", 8);
        long seed = options.seed("seed");
        BenchRun run = new BenchRun("bad-input", options);
        // at --url, the drill's targets are added to the running application's data
        BenchRun.Target target = run.target("ledger_badinput", applicationArguments());
        Result result;
        try {
            result = new BadInputDrill(target.admin(), target.database(), requests, concurrency, seed)
                    .run(run.stamp());
        } finally {
            target.stop();
        }
        run.writeReport(result.render(run.startedAt(), target.database().facts()));
        if (!result.passed()) {
            System.exit(1);
        }
    }

    /** Sets up the targets, sends the bad requests, and compares the database before and after. */
    public Result run(String tag) throws IOException, InterruptedException, SQLException {
        String shortTag = "d" + tag.replaceAll("\\W", "").toLowerCase();
        System.out.println("Setting up what the bad requests aim at");
        Targets targets = Targets.create(admin, shortTag);
        List<Endpoint> endpoints = Stream.concat(PartyCatalogue.of(targets).stream(),
                LedgerCatalogue.of(targets).stream()).toList();
        List<ReadCatalogue.Read> reads = ReadCatalogue.of(targets);
        Set<String> uncovered = uncoveredEndpoints(endpoints, reads);
        Variants variants = new Variants(targets, new Random(seed));
        List<Supplier<List<BadRequest>>> sources = new ArrayList<>();
        endpoints.forEach(endpoint -> sources.add(() -> variants.of(endpoint)));
        reads.forEach(read -> sources.add(() -> ReadCatalogue.variants(read, targets)));

        Ledger.awaitProjections(admin, database, Duration.ofMinutes(2));
        Map<String, String> before = Fingerprint.of(database);
        JsonNode checkBefore = Ledger.check(admin);

        System.out.printf("Sending %,d bad requests to %d endpoints, %d at a time (seed %d)%n", requests,
                sources.size(), concurrency, seed);
        Tally tally = new Tally();
        Sequence sequence = new Sequence(sources);
        List<Thread> workers = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (BadRequest request = sequence.next(sent, requests); request != null;
                     request = sequence.next(sent, requests)) {
                    tally.record(request, send(request));
                }
            }));
        }
        for (Thread worker : workers) {
            while (!worker.join(Duration.ofSeconds(10))) {
                System.out.printf("  %,d of %,d sent, %d refused wrongly so far%n", sent.get(), requests,
                        tally.failures().size());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Ledger.awaitProjections(admin, database, Duration.ofMinutes(2));
        Map<String, String> after = Fingerprint.of(database);
        JsonNode checkAfter = Ledger.check(admin);
        System.out.println("Sending accepted odd-but-valid input");
        AcceptedInput.Outcome accepted = new AcceptedInput(admin, targets).send();
        long head = Ledger.awaitProjections(admin, database, Duration.ofMinutes(2));
        AcceptedInput.Settled settled = AcceptedInput.settle(admin, head);
        return new Result(requests, concurrency, seed, sources.size(), took, tally, uncovered, before, after,
                checkBefore.path("clean").asBoolean(), checkAfter.path("clean").asBoolean(), accepted, settled);
    }

    private Http.Response send(BadRequest request) {
        Http http = admin;
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            http = header.getKey().equals("Authorization") ? http.withAuthorization(header.getValue())
                    : http.withHeader(header.getKey(), header.getValue());
        }
        try {
            return http.send(request.method(), request.path(), request.contentType(), request.body());
        } catch (IOException e) {
            return new Http.Response(0, "", "no answer: " + e);
        }
    }

    /**
     * The endpoints the application serves under {@code /api/} (from Actuator's request mappings) that no catalogue
     * entry covers; empty when they are all covered, null when the application does not show its mappings.
     */
    private Set<String> uncoveredEndpoints(Collection<Endpoint> endpoints, Collection<ReadCatalogue.Read> reads)
            throws IOException {
        Http.Response mappings = admin.get("/actuator/mappings");
        if (!mappings.ok()) {
            return null;
        }
        Set<String> covered = new TreeSet<>();
        endpoints.forEach(endpoint -> covered.add(endpoint.method() + " " + normalized(endpoint.template())));
        reads.forEach(read -> covered.add("GET " + normalized(read.template())));
        Set<String> served = new TreeSet<>();
        for (JsonNode condition : mappings.json().findValues("requestMappingConditions")) {
            for (JsonNode method : condition.path("methods")) {
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method.asString())) {
                    for (JsonNode pattern : condition.path("patterns")) {
                        if (pattern.asString().startsWith("/api/")) {
                            served.add(method.asString() + " " + normalized(pattern.asString()));
                        }
                    }
                }
            }
        }
        served.removeAll(covered);
        return served;
    }

    /** {@code /accounts/{id}/{action:deposit|withdraw}} and {@code /accounts/{id}/{action}} compare equal. */
    private static String normalized(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    /**
     * The n-th request is the same whichever worker takes it: endpoints in turn, each endpoint's variants in
     * order, a fresh list of them (new keys, new random parts) once one is used up.
     */
    private static final class Sequence {

        private final List<Supplier<List<BadRequest>>> sources;
        private final List<List<BadRequest>> pending = new ArrayList<>();
        private int turn;

        Sequence(List<Supplier<List<BadRequest>>> sources) {
            this.sources = sources;
            sources.forEach(ignored -> pending.add(new ArrayList<>()));
        }

        synchronized BadRequest next(AtomicInteger sent, int limit) {
            if (sent.get() >= limit) {
                return null;
            }
            sent.incrementAndGet();
            int index = turn++ % sources.size();
            if (pending.get(index).isEmpty()) {
                pending.get(index).addAll(sources.get(index).get());
            }
            return pending.get(index).removeFirst();
        }
    }

    /** Answers counted by endpoint, kind of badness, status and code; the wrong ones kept for the report. */
    static final class Tally {

        record Failure(BadRequest request, int status, String contentType, String code, String body) {

            String describe() {
                String answer = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
                return request.endpoint() + " [" + request.kind() + "]: " + request.describe() + " → " + status
                        + " " + contentType + " " + answer;
            }
        }

        private final Map<String, AtomicInteger> byEndpoint = new ConcurrentSkipListMap<>();
        private final Map<String, AtomicInteger> byStatus = new ConcurrentSkipListMap<>();
        private final Map<String, AtomicInteger> byCode = new ConcurrentSkipListMap<>();
        private final Map<String, AtomicInteger> byKind = new ConcurrentSkipListMap<>();
        private final Map<String, Set<String>> wrongStateAnswers = new ConcurrentSkipListMap<>();
        private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

        void record(BadRequest request, Http.Response answer) {
            String code = answer.code();
            count(byEndpoint, request.endpoint());
            count(byStatus, String.valueOf(answer.status()));
            count(byCode, code == null ? "(none)" : code);
            count(byKind, request.kind().replaceAll(" (in|for|of) \\w+$", "").replaceAll("^(missing|unknown|"
                    + "negative|zero|empty|wrong state:) .*", "$1 …"));
            if (request.kind().startsWith("wrong state")) {
                wrongStateAnswers.computeIfAbsent(request.endpoint() + ": " + request.kind().substring(
                        "wrong state: ".length()), ignored -> new ConcurrentSkipListSet<>())
                        .add(answer.status() + " " + code);
            }
            boolean refusedProperly = answer.status() >= 400 && answer.status() < 500
                    && answer.contentType().startsWith("application/problem+json") && code != null && !code.isBlank();
            if (!refusedProperly) {
                failures.add(new Failure(request, answer.status(), answer.contentType(), code, answer.body()));
            }
        }

        private static void count(Map<String, AtomicInteger> counts, String key) {
            counts.computeIfAbsent(key, ignored -> new AtomicInteger()).incrementAndGet();
        }

        List<Failure> failures() {
            return List.copyOf(failures);
        }

        Map<String, AtomicInteger> byEndpoint() {
            return byEndpoint;
        }

        Map<String, AtomicInteger> byStatus() {
            return byStatus;
        }

        Map<String, AtomicInteger> byCode() {
            return byCode;
        }

        Map<String, AtomicInteger> byKind() {
            return byKind;
        }

        /** Per endpoint and state, the statuses and codes it was refused with: the refusal is for the reason meant. */
        Map<String, Set<String>> wrongStateAnswers() {
            return wrongStateAnswers;
        }
    }

    /**
     * What the drill found.
     *
     * @param uncovered write endpoints the application serves that the drill does not attack; null when the
     *                  application did not show its mappings
     */
    public record Result(int requests, int concurrency, long seed, int endpoints, Duration took, Tally tally,
                         Set<String> uncovered, Map<String, String> before, Map<String, String> after,
                         boolean cleanBefore, boolean cleanAfter, AcceptedInput.Outcome accepted,
                         AcceptedInput.Settled settled) {

        public List<String> failures() {
            return tally.failures().stream().map(Tally.Failure::describe).toList();
        }

        /** The tables whose content the bad requests changed. */
        public List<String> changed() {
            return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
        }

        public boolean passed() {
            return tally.failures().isEmpty() && changed().isEmpty() && cleanAfter
                    && (uncovered == null || uncovered.isEmpty()) && accepted.failures().isEmpty()
                    && settled.passed();
        }

        String render(Instant startedAt, Map<String, String> database) {
            return new BadInputReport(this).render(startedAt, database);
        }
    }
}
