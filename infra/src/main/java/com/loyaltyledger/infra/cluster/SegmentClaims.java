package com.loyaltyledger.infra.cluster;

import java.util.List;
import java.util.Map;

/**
 * Who holds which segment of one processor, as the last heartbeat saw the token store, for the operations API.
 *
 * @param shares segments per live instance, those holding none included
 */
public record SegmentClaims(int segments, List<Segment> claims, Map<String, Integer> shares) {

    /** @param owner the instance holding it, or null; {@code ownerAlive} false for a gone instance's old claim */
    public record Segment(int segment, String owner, boolean ownerAlive) {
    }
}
