package com.loyaltyledger.bench.load;

import com.loyaltyledger.bench.Http;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Projection lag as a client of the API sees it: the time from a purchase's acknowledgement until the client's
 * purchase list shows the receipt. Sampled purchases are polled every {@value #POLL_MILLIS} ms by a few probes,
 * so each figure is at most that much (plus any wait for a free probe) above the true lag.
 */
final class LagProbe {

    static final long POLL_MILLIS = 50;
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private record Pending(String clientId, String receiptId, long acknowledgedAt) {
    }

    /** Lag percentiles in milliseconds over the samples that became visible, and how many never did. */
    public record Lag(long samples, double p50, double p99, double max, long neverSeen, long skipped) {
    }

    private final Http reader;
    private final BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(1_000);
    private final Histogram lags = new ConcurrentHistogram(GIVE_UP.toMillis(), 3);
    private final AtomicLong neverSeen = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicBoolean finishing = new AtomicBoolean();
    private final List<Thread> probes = new ArrayList<>();

    LagProbe(Http reader, int probes) {
        this.reader = reader;
        for (int i = 0; i < probes; i++) {
            this.probes.add(Thread.ofVirtual().start(this::probe));
        }
    }

    void follow(String clientId, String receiptId, long acknowledgedAt) {
        if (!pending.offer(new Pending(clientId, receiptId, acknowledgedAt))) {
            skipped.incrementAndGet();
        }
    }

    private void probe() {
        try {
            while (!finishing.get() || !pending.isEmpty()) {
                Pending next = pending.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    await(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void await(Pending purchase) throws InterruptedException {
        long giveUp = purchase.acknowledgedAt() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            if (shows(purchase)) {
                lags.recordValue(Math.min(GIVE_UP.toMillis(),
                        (System.nanoTime() - purchase.acknowledgedAt()) / 1_000_000));
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        neverSeen.incrementAndGet();
    }

    private boolean shows(Pending purchase) {
        try {
            Http.Response list = reader.get("/api/v1/clients/" + purchase.clientId() + "/purchases?size=20");
            return list.ok() && list.body().contains("\"" + purchase.receiptId() + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops taking samples, lets the probes finish those taken (at most {@code wait}), and sums up. */
    Lag finish(Duration wait) throws InterruptedException {
        finishing.set(true);
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread probe : probes) {
            if (!probe.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                probe.interrupt();
            }
        }
        return new Lag(lags.getTotalCount(), lags.getValueAtPercentile(50), lags.getValueAtPercentile(99),
                lags.getMaxValue(), neverSeen.get(), skipped.get() + pending.size());
    }
}
