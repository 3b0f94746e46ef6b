package com.loyaltyledger.bench.cluster;

import com.loyaltyledger.bench.Answers;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import com.loyaltyledger.bench.load.OperationStats;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tills and back-office scripts talking to two instances behind no load balancer of their own: each request goes
 * to an instance picked at random, and one that gets no answer (its instance died) is sent again with the same id
 * to the other, as a load balancer would. A fifth of the time a member buys through one instance while an operator
 * accrues bonus on the same member's account through the other, so that two instances change one account at once.
 * Beside them, members keep registering through both instances, so that cards are issued all through the drill.
 */
final class ClusterTraffic {

    enum Kind { PURCHASE, DEPOSIT, WITHDRAWAL, ACCRUAL }

    /** One instance as the senders see it. */
    record Target(String name, Http admin, Http till, Http office) {
    }

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    private final List<Target> targets;
    private final List<Member> members;
    private final Map<String, String> bonusAccounts;
    private final List<String> floats;
    private final List<Programme> registrars;
    private final String tag;
    private final String store;
    private final long seed;

    private final Answers<Kind> answers = new Answers<>();
    private final Map<String, AtomicInteger> serverErrors = new ConcurrentSkipListMap<>();
    private final Map<Kind, OperationStats> latencies = new EnumMap<>(Kind.class);
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger registrationsFailed = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param bonusAccounts each member's bonus account, by client id
     * @param registrars the programme through each target, for members registered during the drill
     */
    ClusterTraffic(List<Target> targets, List<Member> members, Map<String, String> bonusAccounts,
                   List<String> floats, List<Programme> registrars, String tag, String store, long seed) {
        this.targets = targets;
        this.members = members;
        this.bonusAccounts = bonusAccounts;
        this.floats = floats;
        this.registrars = registrars;
        this.tag = tag;
        this.store = store;
        this.seed = seed;
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new OperationStats());
        }
    }

    void start(int concurrency, int firstNewMember) {
        running = true;
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(Thread.ofVirtual().start(() -> work(worker)));
        }
        workers.add(Thread.ofVirtual().start(() -> register(firstNewMember)));
    }

    /** Lets every sender finish what it is sending and stop. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(int worker) {
        Random random = new Random(seed + worker);
        for (int n = 0; running; n++) {
            String id = tag + "-w" + worker + "-" + n;
            Member member = members.get(random.nextInt(members.size()));
            String amount = (1 + random.nextInt(50)) + "." + String.format("%02d", random.nextInt(100));
            int roll = random.nextInt(10);
            int target = random.nextInt(targets.size());
            if (roll < 5) {
                send(id, Kind.PURCHASE, member, amount, target);
            } else if (roll < 7) {
                send(id, Kind.DEPOSIT, member, amount, target);
            } else if (roll < 8) {
                send(id, Kind.WITHDRAWAL, member, amount, target);
            } else {
                // the same member's account changed through both instances at the same moment
                Thread other = Thread.ofVirtual().start(() -> send(id + "-a", Kind.ACCRUAL, member, amount, 1));
                send(id + "-p", Kind.PURCHASE, member, amount, 0);
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void send(String id, Kind kind, Member member, String amount, int firstTarget) {
        String floatAccount = floats.get(Math.floorMod(id.hashCode(), floats.size()));
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int attempt = 0; ; attempt++) {
            Target target = targets.get((firstTarget + attempt) % targets.size());
            long started = System.nanoTime();
            try {
                Http.Response answer = switch (kind) {
                    case PURCHASE -> target.till().post("/api/v1/purchases", Map.of("receiptId", id,
                            "storeCode", store, "cardNumber", member.cardNumber(),
                            "total", amount, "lines", List.of(Map.of("itemCode", "SKU1", "name", "Item",
                                    "quantity", "1", "price", amount, "amount", amount))));
                    case DEPOSIT -> target.office().withHeader("Idempotency-Key", id)
                            .post("/api/v1/accounts/" + floatAccount + "/deposit", Map.of("amount", amount));
                    case WITHDRAWAL -> target.office().withHeader("Idempotency-Key", id)
                            .post("/api/v1/accounts/" + floatAccount + "/withdraw", Map.of("amount", amount));
                    case ACCRUAL -> target.office().withHeader("Idempotency-Key", id).post("/api/v1/accounts/"
                            + bonusAccounts.get(member.clientId()) + "/accrue", Map.of("amount", amount));
                };
                if (attempt > 0) {
                    answers.resent();
                }
                String reason = kind + " " + answer.status() + " " + answer.code() + " via " + target.name();
                if (answer.ok()) {
                    latencies.get(kind).success((System.nanoTime() - started) / 1000);
                    answers.acknowledged(id, kind);
                } else if (answer.status() >= 500) {
                    answers.unanswered(id, kind);
                    serverErrors.computeIfAbsent(reason, ignored -> new AtomicInteger()).incrementAndGet();
                } else {
                    answers.refused(id, kind, reason);
                }
                return;
            } catch (IOException noAnswer) {
                answers.unanswered(id, kind);
                if (System.nanoTime() > deadline) {
                    return;
                }
                pause(50);
            }
        }
    }

    /**
     * A member every quarter of a second, through each instance in turn, or the other when that one does not
     * answer; a registration that fails (its instance died under it half way) is counted.
     */
    private void register(int first) {
        for (int index = first; running; index++) {
            boolean done = false;
            for (int attempt = 0; attempt < registrars.size() && !done; attempt++) {
                try {
                    registrars.get((index + attempt) % registrars.size()).register(index);
                    done = true;
                } catch (IOException noAnswer) {
                    // the client may or may not be there; the card check counts the cards that are
                } catch (RuntimeException refused) {
                    break;
                }
            }
            if (done) {
                registered.incrementAndGet();
            } else {
                registrationsFailed.incrementAndGet();
            }
            pause(250);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Answers<Kind> answers() {
        return answers;
    }

    Map<String, AtomicInteger> serverErrors() {
        return serverErrors;
    }

    Map<Kind, OperationStats> latencies() {
        return latencies;
    }

    int registered() {
        return registered.get();
    }

    int registrationsFailed() {
        return registrationsFailed.get();
    }
}
