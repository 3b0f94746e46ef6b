package com.loyaltyledger.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a drill's senders got back for the ids they sent: acknowledged, never acknowledged (no answer, or a
 * refusal), the refusals counted by what they were, and how many requests were sent again.
 *
 * @param <K> what kind of request an id was
 */
public final class Answers<K> {

    private final Map<String, K> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, K> unacknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentSkipListMap<>();
    private final AtomicInteger resent = new AtomicInteger();

    public void acknowledged(String id, K kind) {
        acknowledged.put(id, kind);
        unacknowledged.remove(id);
    }

    /** No answer (yet): the request may or may not have been done. */
    public void unanswered(String id, K kind) {
        unacknowledged.put(id, kind);
    }

    /** A refusal, counted under {@code reason}; it may still follow a first attempt that was done. */
    public void refused(String id, K kind, String reason) {
        unacknowledged.put(id, kind);
        refusals.computeIfAbsent(reason, ignored -> new AtomicInteger()).incrementAndGet();
    }

    public void resent() {
        resent.incrementAndGet();
    }

    public Map<String, K> acknowledged() {
        return acknowledged;
    }

    public Map<String, K> unacknowledged() {
        return unacknowledged;
    }

    public Map<String, AtomicInteger> refusals() {
        return refusals;
    }

    public int resentCount() {
        return resent.get();
    }
}
