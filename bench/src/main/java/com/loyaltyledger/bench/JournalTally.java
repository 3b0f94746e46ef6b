package com.loyaltyledger.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drill's ids set against the journal: what was acknowledged must be there exactly once, what was not may be
 * there once (posted before a crash cut the answer off), nothing twice.
 *
 * @param found non-system journal lines per transaction id (see {@link Ledger#journalCounts})
 */
public record JournalTally(Set<String> acknowledged, Set<String> unacknowledged, Map<String, Integer> found) {

    /** Acknowledged ids in the journal at all. */
    public long acknowledgedFound() {
        return acknowledged.stream().filter(id -> found.getOrDefault(id, 0) > 0).count();
    }

    /** Acknowledged ids in no journal line: money a caller was told about and the ledger lost. */
    public List<String> missing() {
        return acknowledged.stream().filter(id -> found.getOrDefault(id, 0) == 0).sorted().toList();
    }

    /** Ids, acknowledged or not, in more than one line: money counted twice. */
    public List<String> duplicated() {
        return found.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** Ids never acknowledged that the journal holds once. */
    public long unacknowledgedPosted() {
        return unacknowledged.stream().filter(id -> found.getOrDefault(id, 0) == 1).count();
    }
}
