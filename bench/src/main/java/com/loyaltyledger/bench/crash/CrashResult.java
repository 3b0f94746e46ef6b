package com.loyaltyledger.bench.crash;

import com.loyaltyledger.bench.JournalTally;
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

    /** The drill's ids against the journal. */
    public JournalTally tally() {
        return new JournalTally(acknowledged.keySet(), unacknowledged.keySet(), found);
    }

    public boolean passed() {
        return !acknowledged.isEmpty() && tally().missing().isEmpty() && tally().duplicated().isEmpty()
                && ledgerClean && projectionsDiffer == null && holdsReleased;
    }
}
