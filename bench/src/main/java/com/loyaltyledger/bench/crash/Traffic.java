package com.loyaltyledger.bench.crash;

import com.loyaltyledger.bench.Answers;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Programme.Member;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Tills and back-office scripts that keep sending purchases and postings, each under a transaction id of their
 * own, through the application's crashes. A request that gets no answer (the application died under it) is
 * either sent again with the same id until it is answered, as a till would, or given up on: what was given up
 * on may be in the journal once or not at all, never twice.
 */
final class Traffic {

    enum Kind { PURCHASE, DEPOSIT, WITHDRAWAL }

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private final Http till;
    private final Http office;
    private final List<Member> members;
    private final List<String> accounts;
    private final String tag;
    private final String store;
    private final long seed;

    private final Answers<Kind> answers = new Answers<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    Traffic(Http till, Http office, List<Member> members, List<String> accounts, String tag, String store,
            long seed) {
        this.till = till;
        this.office = office;
        this.members = members;
        this.accounts = accounts;
        this.tag = tag;
        this.store = store;
        this.seed = seed;
    }

    void start(int concurrency) {
        running = true;
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(Thread.ofVirtual().start(() -> work(worker)));
        }
    }

    /** Lets every worker finish what it is sending (the application is up by now) and stop. */
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
            int roll = random.nextInt(10);
            Kind kind = roll < 7 ? Kind.PURCHASE : roll < 9 ? Kind.DEPOSIT : Kind.WITHDRAWAL;
            String amount = (1 + random.nextInt(50)) + "." + String.format("%02d", random.nextInt(100));
            boolean resendUntilAnswered = random.nextBoolean();
            send(id, kind, amount, random, resendUntilAnswered);
        }
    }

    private void send(String id, Kind kind, String amount, Random random, boolean resendUntilAnswered) {
        Member member = members.get(random.nextInt(members.size()));
        String account = accounts.get(random.nextInt(accounts.size()));
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                Http.Response answer = switch (kind) {
                    case PURCHASE -> till.post("/api/v1/purchases", Map.of("receiptId", id, "storeCode", store,
                            "cardNumber", member.cardNumber(), "total", amount,
                            "lines", List.of(Map.of("itemCode", "SKU1", "name", "Item", "quantity", "1",
                                    "price", amount, "amount", amount))));
                    case DEPOSIT -> office.withHeader("Idempotency-Key", id)
                            .post("/api/v1/accounts/" + account + "/deposit", Map.of("amount", amount));
                    case WITHDRAWAL -> office.withHeader("Idempotency-Key", id)
                            .post("/api/v1/accounts/" + account + "/withdraw", Map.of("amount", amount));
                };
                if (attempt > 0) {
                    answers.resent();
                }
                if (answer.ok()) {
                    answers.acknowledged(id, kind);
                } else {
                    // a refusal may still follow a first attempt that was posted before the crash: at most once
                    answers.refused(id, kind, kind + " " + answer.status() + " " + answer.code());
                }
                return;
            } catch (IOException noAnswer) {
                answers.unanswered(id, kind);
                if (!resendUntilAnswered || System.nanoTime() > deadline) {
                    return;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Answers<Kind> answers() {
        return answers;
    }
}
