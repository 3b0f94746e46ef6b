package com.loyaltyledger.bench.load;

import com.loyaltyledger.bench.CpuMeter;
import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many tills and back-office screens at once: {@code concurrency} clients, each sending its next request as soon
 * as the last one is answered (a closed loop), drawing operations from a mix and members at random.
 */
public final class Workload {

    private static final int STORES = 20;

    private final Http till;
    private final Http office;
    private final List<Member> members;
    private final String runId;
    private final AtomicLong receipts = new AtomicLong();

    public Workload(Programme programme, List<Member> members, String runId) {
        this.till = programme.till();
        this.office = programme.office();
        this.members = members;
        this.runId = runId;
    }

    /** What one run of the mix measured. */
    public record Measurement(Mix mix, int concurrency, Duration duration, Map<Operation, OperationStats> stats,
                              LagProbe.Lag lag, CpuMeter.Usage cpu) {

        public double throughput(Operation operation) {
            return stats.get(operation).successes() / seconds();
        }

        public double purchasesPerSecond() {
            return stats.entrySet().stream().filter(e -> e.getKey().isPurchase())
                    .mapToLong(e -> e.getValue().successes()).sum() / seconds();
        }

        public double totalPerSecond() {
            return stats.values().stream().mapToLong(OperationStats::successes).sum() / seconds();
        }

        public long failures() {
            return stats.values().stream().mapToLong(OperationStats::failures).sum();
        }

        /** All purchases together, earning and spending: the till's view. */
        public OperationStats purchases() {
            return OperationStats.merge(stats.entrySet().stream().filter(e -> e.getKey().isPurchase())
                    .map(Map.Entry::getValue).toList());
        }

        public Map<String, Long> errorsByCode() {
            Map<String, Long> errors = new LinkedHashMap<>();
            stats.forEach((operation, stat) -> stat.errors().forEach((reason, count) ->
                    errors.merge(operation.label() + ": " + reason, count, Long::sum)));
            return errors;
        }

        double seconds() {
            return duration.toNanos() / 1e9;
        }
    }

    /**
     * Runs the mix for {@code duration}; {@code lagSampling} of the purchases (0 to 1) are followed until the
     * client's purchase list shows them.
     */
    public Measurement run(Mix mix, int concurrency, Duration duration, long seed, double lagSampling,
                           long applicationPid) throws InterruptedException {
        Map<Operation, OperationStats> stats = new EnumMap<>(Operation.class);
        mix.weights().keySet().forEach(operation -> stats.put(operation, new OperationStats()));
        LagProbe lag = new LagProbe(office, 8);
        CpuMeter cpu = new CpuMeter(applicationPid);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            SplittableRandom random = seeds.split();
            clients.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    Operation operation = mix.pick(random);
                    Member member = members.get(random.nextInt(members.size()));
                    drive(operation, member, random, stats.get(operation), lag, lagSampling);
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        CpuMeter.Usage usage = cpu.usage();
        return new Measurement(mix, concurrency, took, stats, lag.finish(Duration.ofSeconds(30)), usage);
    }

    private void drive(Operation operation, Member member, SplittableRandom random, OperationStats stats,
                       LagProbe lag, double lagSampling) {
        long start = System.nanoTime();
        try {
            String receiptId = null;
            Http.Response response = switch (operation) {
                case PURCHASE_EARN, PURCHASE_SPEND -> {
                    receiptId = runId + "-" + receipts.incrementAndGet();
                    yield till.post("/api/v1/purchases", receipt(receiptId, member, random,
                            operation == Operation.PURCHASE_SPEND));
                }
                case CARD_LOOKUP -> till.get("/api/v1/cards/by-number/" + member.cardNumber());
                case CLIENT_SEARCH -> office.get("/api/v1/clients?phone=" + Http.query(member.phone()));
                case JOURNAL_READ -> office.get("/api/v1/journal?size=20&clientId=" + member.clientId());
            };
            long micros = (System.nanoTime() - start) / 1000;
            if (!response.ok()) {
                stats.failure(response.status() + " " + response.code());
                return;
            }
            stats.success(micros);
            if (receiptId != null && random.nextDouble() < lagSampling) {
                lag.follow(member.clientId(), receiptId, System.nanoTime());
            }
        } catch (IOException e) {
            stats.failure("no answer: " + e.getClass().getSimpleName());
        }
    }

    private static Map<String, Object> receipt(String receiptId, Member member, SplittableRandom random,
                                               boolean spend) {
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(5_000 + random.nextInt(295_000)).movePointLeft(2);
            int quantity = 1 + random.nextInt(3);
            BigDecimal amount = price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
            int item = random.nextInt(5_000);
            lines.add(Map.of("itemCode", "SKU" + item, "name", "Item " + item, "quantity", String.valueOf(quantity),
                    "price", price.toPlainString(), "amount", amount.toPlainString(),
                    "itemGroup", "group" + item % 40));
            total = total.add(amount);
        }
        return Map.of("receiptId", receiptId, "storeCode", "S" + (1 + random.nextInt(STORES)),
                "cardNumber", member.cardNumber(), "lines", lines,
                "total", total.toPlainString(), "bonusToSpend", spend ? "100.00" : "0");
    }
}
