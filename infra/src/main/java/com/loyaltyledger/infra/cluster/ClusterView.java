package com.loyaltyledger.infra.cluster;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.Segment;

/**
 * What one heartbeat saw: the instances alive, and who holds each segment of each streaming processor according
 * to the token store. Decides this instance's fair share of a processor and whether it should split a segment.
 *
 * @param claims per processor, each segment with its owner (null when no one holds it)
 * @param stalled processors with a segment that has had no live owner for too long
 */
record ClusterView(String self, Set<String> live, Map<String, List<Claim>> claims, Set<String> stalled) {

    record Claim(int segment, String owner) {
    }

    static final int UNLIMITED = Short.MAX_VALUE;

    int segments(String processor) {
        return claims.getOrDefault(processor, List.of()).size();
    }

    boolean alive(String owner) {
        return owner != null && live.contains(owner);
    }

    /** Segments each live instance holds, instances without any included. */
    Map<String, Integer> shares(String processor) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        live.stream().sorted().forEach(instance -> shares.put(instance, 0));
        for (Claim claim : claims.getOrDefault(processor, List.of())) {
            if (alive(claim.owner())) {
                shares.merge(claim.owner(), 1, Integer::sum);
            }
        }
        return shares;
    }

    /**
     * How many segments of {@code processor} this instance may hold. With S segments and N live instances, every
     * instance gets S / N and some one more; while an instance has fewer than S / N, nobody may hold more, so those
     * above give segments back. Alone, or when a segment has had no live owner for too long, there is no limit.
     */
    int fairShare(String processor) {
        int segments = segments(processor);
        int instances = live.size();
        if (segments == 0 || instances <= 1 || stalled.contains(processor)) {
            return UNLIMITED;
        }
        int base = segments / instances;
        if (base == 0) {
            return 1;
        }
        boolean someoneShort = shares(processor).values().stream().anyMatch(held -> held < base);
        return someoneShort || segments % instances == 0 ? base : base + 1;
    }

    /**
     * The segment this instance should split so that every live instance can have one: with fewer segments than
     * instances, the largest segment that a live instance holds (the lowest id among equals) is split by its owner,
     * one at a time.
     */
    Optional<Integer> segmentToSplit(String processor) {
        List<Claim> all = claims.getOrDefault(processor, List.of());
        if (all.isEmpty() || all.size() >= live.size()) {
            return Optional.empty();
        }
        int[] ids = all.stream().mapToInt(Claim::segment).toArray();
        return all.stream()
                .filter(claim -> alive(claim.owner()))
                .min(Comparator.comparingInt((Claim claim) -> Segment.computeSegment(claim.segment(), ids).getMask())
                        .thenComparingInt(Claim::segment))
                .filter(claim -> claim.owner().equals(self))
                .map(Claim::segment);
    }
}
