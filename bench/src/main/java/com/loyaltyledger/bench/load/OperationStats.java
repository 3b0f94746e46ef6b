package com.loyaltyledger.bench.load;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies of one operation's successful requests (microseconds) and its failures counted by status and code. */
public final class OperationStats {

    private final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    public static OperationStats merge(Collection<OperationStats> parts) {
        OperationStats merged = new OperationStats();
        for (OperationStats part : parts) {
            merged.latencies.add(part.latencies);
            part.errors.forEach((reason, count) -> merged.errors.computeIfAbsent(reason, key -> new LongAdder())
                    .add(count.sum()));
        }
        return merged;
    }

    public void success(long micros) {
        latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
    }

    public void failure(String reason) {
        errors.computeIfAbsent(reason, key -> new LongAdder()).increment();
    }

    public long successes() {
        return latencies.getTotalCount();
    }

    public long failures() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Milliseconds at a percentile of the successful requests. */
    public double millisAt(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return latencies.getMaxValue() / 1000.0;
    }

    public Map<String, Long> errors() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((reason, count) -> sorted.put(reason, count.sum()));
        return sorted;
    }
}
