package com.loyaltyledger.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.infra.cluster.ClusterView.Claim;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How many segments an instance may hold, and which segment it splits, from what a heartbeat saw. */
class ClusterViewTest {

    private static final String P = "journal";

    private static ClusterView view(String self, Set<String> live, Set<String> stalled, Claim... claims) {
        return new ClusterView(self, live, Map.of(P, Arrays.asList(claims)), stalled);
    }

    private static ClusterView view(String self, Set<String> live, Claim... claims) {
        return view(self, live, Set.of(), claims);
    }

    @Test
    void aloneAnInstanceMayHoldEverySegment() {
        assertThat(view("a", Set.of("a"), new Claim(0, "a"), new Claim(1, null)).fairShare(P))
                .isEqualTo(ClusterView.UNLIMITED);
    }

    @Test
    void anInstanceHoldingMoreThanItsShareWhileAnotherHasNoneMustGiveBack() {
        ClusterView seenByA = view("a", Set.of("a", "b"), new Claim(0, "a"), new Claim(1, "a"));
        assertThat(seenByA.fairShare(P)).isEqualTo(1);
        assertThat(seenByA.shares(P)).containsExactly(Map.entry("a", 2), Map.entry("b", 0));
    }

    @Test
    void withSegmentsLeftOverSomeInstancesHoldOneMoreButNoneWhileAnotherIsShort() {
        // 4 segments, 3 instances: 2-2-0 is not fair, 2-1-1 is
        assertThat(view("a", Set.of("a", "b", "c"), new Claim(0, "a"), new Claim(1, "a"), new Claim(2, "b"),
                new Claim(3, "b")).fairShare(P)).isEqualTo(1);
        assertThat(view("a", Set.of("a", "b", "c"), new Claim(0, "a"), new Claim(1, "a"), new Claim(2, "b"),
                new Claim(3, "c")).fairShare(P)).isEqualTo(2);
    }

    @Test
    void claimsOfAGoneInstanceDoNotCount() {
        ClusterView view = view("a", Set.of("a", "b"), new Claim(0, "a"), new Claim(1, "gone"));
        assertThat(view.shares(P)).containsExactly(Map.entry("a", 1), Map.entry("b", 0));
        assertThat(view.fairShare(P)).isEqualTo(1);
    }

    @Test
    void aSegmentWithoutALiveOwnerForTooLongLiftsTheLimit() {
        assertThat(view("a", Set.of("a", "b"), Set.of(P), new Claim(0, "a"), new Claim(1, null)).fairShare(P))
                .isEqualTo(ClusterView.UNLIMITED);
    }

    @Test
    void withFewerSegmentsThanInstancesTheOwnerOfTheLargestSegmentSplitsIt() {
        assertThat(view("a", Set.of("a", "b"), new Claim(0, "a")).segmentToSplit(P)).contains(0);
        assertThat(view("b", Set.of("a", "b"), new Claim(0, "a")).segmentToSplit(P)).isEmpty();
        // segments 0 and 1 of two; 0 split again makes 0 and 2 quarter segments, 1 is the largest
        assertThat(view("b", Set.of("a", "b", "c", "d"), new Claim(0, "a"), new Claim(1, "b"), new Claim(2, "a"))
                .segmentToSplit(P)).contains(1);
        assertThat(view("a", Set.of("a", "b"), new Claim(0, "a"), new Claim(1, "a")).segmentToSplit(P)).isEmpty();
    }

    @Test
    void aProcessorWithoutTokensYetHasNoLimitAndNothingToSplit() {
        ClusterView view = new ClusterView("a", Set.of("a", "b"), Map.of(P, List.of()), Set.of());
        assertThat(view.fairShare(P)).isEqualTo(ClusterView.UNLIMITED);
        assertThat(view.segmentToSplit(P)).isEmpty();
    }
}
