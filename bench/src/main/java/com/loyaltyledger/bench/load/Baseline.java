package com.loyaltyledger.bench.load;

import com.loyaltyledger.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The physical limit of the same PostgreSQL for the same durable work: for each purchase one transaction that
 * inserts its journal lines (two when it earns, four when it also spends) and updates the balance row, committed
 * with the server's own durability settings, from as many connections as the load had clients. No events, no
 * read models, no HTTP: what a hand-written ledger on this database could do at best.
 */
public final class Baseline {

    public record Result(int connections, Duration duration, long transactions, double perSecond, double p50,
                         double p99) {
    }

    private Baseline() {
    }

    public static Result run(BenchDatabase database, int accounts, int connections, Duration duration, long seed)
            throws SQLException, InterruptedException {
        prepare(database, accounts);
        Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong transactions = new AtomicLong();
        AtomicReference<SQLException> failure = new AtomicReference<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            SplittableRandom random = seeds.split();
            int worker = w;
            workers.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = database.connect()) {
                    connection.setAutoCommit(false);
                    PreparedStatement lines = connection.prepareStatement("insert into baseline.journal_line "
                            + "(transaction_id, account_id, direction, amount) values (?, ?, ?, ?)");
                    PreparedStatement balance = connection.prepareStatement(
                            "update baseline.balance set balance = balance + ? where account_id = ?");
                    long n = 0;
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        purchase(lines, balance, random, accounts, worker + "-" + n++);
                        connection.commit();
                        latencies.recordValue((System.nanoTime() - start) / 1000);
                        transactions.incrementAndGet();
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Result(connections, took, transactions.get(), transactions.get() / (took.toNanos() / 1e9),
                latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0);
    }

    /** One purchase in the proportions of the load: one in eight also spends. */
    private static void purchase(PreparedStatement lines, PreparedStatement balance, SplittableRandom random,
                                 int accounts, String transactionId) throws SQLException {
        int account = random.nextInt(accounts);
        long earned = 100 + random.nextInt(10_000);
        long change = earned;
        addLine(lines, transactionId + ":earn", account, "CREDIT", earned);
        addLine(lines, transactionId + ":earn", -1, "DEBIT", earned);
        if (random.nextInt(8) == 0) {
            long spent = 1 + random.nextInt(10_000);
            addLine(lines, transactionId + ":spend", account, "DEBIT", spent);
            addLine(lines, transactionId + ":spend", -1, "CREDIT", spent);
            change -= spent;
        }
        lines.executeBatch();
        balance.setLong(1, change);
        balance.setInt(2, account);
        balance.executeUpdate();
    }

    private static void addLine(PreparedStatement lines, String transactionId, int account, String direction,
                                long amount) throws SQLException {
        lines.setString(1, transactionId);
        lines.setInt(2, account);
        lines.setString(3, direction);
        lines.setLong(4, amount);
        lines.addBatch();
    }

    private static void prepare(BenchDatabase database, int accounts) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists baseline cascade");
            statement.execute("create schema baseline");
            statement.execute("create table baseline.balance (account_id integer primary key, "
                    + "balance bigint not null)");
            statement.execute("create table baseline.journal_line (line_id bigserial primary key, "
                    + "transaction_id varchar(100) not null, account_id integer not null, "
                    + "direction varchar(8) not null, amount bigint not null, "
                    + "created_at timestamp with time zone not null default now())");
            statement.execute("create index ix_baseline_journal_account on baseline.journal_line (account_id)");
            statement.execute("insert into baseline.balance select g, 0 from generate_series(0, "
                    + (accounts - 1) + ") g");
        }
    }
}
