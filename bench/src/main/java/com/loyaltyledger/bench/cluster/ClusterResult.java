package com.loyaltyledger.bench.cluster;

import com.loyaltyledger.bench.JournalTally;
import com.loyaltyledger.bench.load.OperationStats;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the cluster drill found.
 *
 * @param downtime from the kill until the killed instance was up again
 * @param takeover from the kill until the survivor held every segment
 * @param rebalance from the restarted instance's start until both held segments of every processor again
 * @param found non-system journal lines per transaction id of the drill (one per posting or purchase)
 * @param cards cards of the drill's group, registered before and during the traffic
 * @param readModelsDiffer the first read that answered differently through the two instances, or null
 * @param projectionsDiffer how the read models differ from the event store, or null when they match
 * @param handledBeforeKill events the busy processors had handled on instance b before it was killed
 */
public record ClusterResult(Duration ran, Duration downtime, int acknowledgedBeforeKill, Duration takeover,
                            Duration restart, Duration rebalance, Map<String, ClusterTraffic.Kind> acknowledged,
                            Map<String, ClusterTraffic.Kind> unacknowledged, Map<String, Integer> found,
                            Map<String, AtomicInteger> refusals, Map<String, AtomicInteger> serverErrors,
                            Map<ClusterTraffic.Kind, OperationStats> latencies, int resent, int registered,
                            int registrationsFailed, List<String> cardsWithoutAccount, long cards,
                            boolean ledgerClean, String discrepancies, String readModelsDiffer,
                            String projectionsDiffer, Map<String, Double> handledBeforeKill,
                            Map<String, Double> handledByA, Map<String, Double> handledByB) {

    /** The drill's ids against the journal. */
    public JournalTally tally() {
        return new JournalTally(acknowledged.keySet(), unacknowledged.keySet(), found);
    }

    public OperationStats all() {
        return OperationStats.merge(latencies.values());
    }

    /** Acknowledged purchases and postings per second over the whole run, kill and restart included. */
    public double throughput() {
        return acknowledged.size() / (ran.toMillis() / 1000.0);
    }

    public long serverErrorCount() {
        return serverErrors.values().stream().mapToLong(AtomicInteger::get).sum();
    }

    /** Whether both instances handled events of every busy processor (b before its kill and after its restart). */
    public boolean bothProcessed() {
        return ClusterDrill.BUSY_PROCESSORS.stream().allMatch(processor ->
                handledByA.getOrDefault(processor, 0.0) > 0 && handledByB.getOrDefault(processor, 0.0) > 0
                        && handledBeforeKill.getOrDefault(processor, 0.0) > 0);
    }

    public boolean sharedInTime() {
        return takeover.compareTo(ClusterDrill.SHARE_WITHIN) <= 0
                && rebalance.compareTo(ClusterDrill.SHARE_WITHIN) <= 0;
    }

    public boolean passed() {
        return !acknowledged.isEmpty() && serverErrors.isEmpty() && tally().missing().isEmpty()
                && tally().duplicated().isEmpty() && cardsWithoutAccount.isEmpty() && cards > 0 && ledgerClean
                && readModelsDiffer == null && projectionsDiffer == null && bothProcessed() && sharedInTime();
    }
}
