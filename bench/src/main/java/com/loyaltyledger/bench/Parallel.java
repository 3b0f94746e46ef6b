package com.loyaltyledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** Runs numbered tasks a few at a time on virtual threads, reporting progress; the first failure stops all. */
public final class Parallel {

    private Parallel() {
    }

    public static void run(int concurrency, int count, Duration progressEvery, IntConsumer task,
                           IntFunction<String> progress) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(concurrency, count); w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                    try {
                        task.accept(i);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        long nextReport = System.nanoTime() + progressEvery.toNanos();
        for (Thread worker : workers) {
            while (!worker.join(Duration.ofMillis(200))) {
                if (System.nanoTime() > nextReport) {
                    System.out.println("  " + progress.apply(done.get()));
                    nextReport = System.nanoTime() + progressEvery.toNanos();
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
