package com.loyaltyledger.bench.crash;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the crash drill found.
 *
 * @param found non-system journal lines per transaction id of the drill (one per posting or purchase)
 * @param projectionsDiffer how the read models differ from the event store, or null when they match
 */
public record CrashResult(List<CrashDrill.Kill> kills, Map<String, Traffic.Kind> acknowledged,
                          Map<String, Traffic.Kind> unacknowledged, Map<String, Integer> found,
                          Map<String, AtomicInteger> refusals, int resent, int holds, boolean holdsReleased,
                          boolean ledgerClean, String discrepancies, String projectionsDiffer) {

    /** Acknowledged ids in the journal at all. */
    public long acknowledgedFound() {
        return acknowledged.keySet().stream().filter(id -> found.getOrDefault(id, 0) > 0).count();
    }

    /** Acknowledged ids in no journal line: money a till was told about and the ledger lost. */
    public List<String> missing() {
        return acknowledged.keySet().stream().filter(id -> found.getOrDefault(id, 0) == 0).sorted().toList();
    }

    /** Ids, acknowledged or not, in more than one line: money counted twice. */
    public List<String> duplicated() {
        return found.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** Ids never acknowledged that the journal holds once: posted before the crash cut the answer off. */
    public long unacknowledgedPosted() {
        return unacknowledged.keySet().stream().filter(id -> found.getOrDefault(id, 0) == 1).count();
    }

    public boolean passed() {
        return !acknowledged.isEmpty() && missing().isEmpty() && duplicated().isEmpty() && ledgerClean
                && projectionsDiffer == null && holdsReleased;
    }
}
