package com.loyaltyledger.api.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to one entity: who did it, when, through which channel, and what changed from what to what.
 *
 * @param position how far the event stream had come when the entry was written: the event's own position, or a
 *                 later one when its transaction committed after later events'; entries are in time order
 * @param onBehalfOf for changes the system made itself: the user whose action caused them
 */
public record HistoryEntry(long position,
                           Instant occurredAt,
                           String actor,
                           String onBehalfOf,
                           String channel,
                           String correlationId,
                           String entityType,
                           String entityId,
                           String eventType,
                           String summary,
                           List<FieldChange> changes) {
}
