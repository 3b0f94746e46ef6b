package com.loyaltyledger.query.history;

import com.loyaltyledger.api.common.MetadataKeys;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.api.history.HistoryEntry;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Writes history entries for the per-entity history projections: who and how from the event's metadata, when
 * from its timestamp, where in the stream from its token. An entry already written for the same event and
 * entity is not written again, so replays and redeliveries leave the history as it was.
 */
@Component
public class HistoryWriter {

    private final HistoryEntryRepository entries;

    HistoryWriter(HistoryEntryRepository entries) {
        this.entries = entries;
    }

    public void record(EventMessage<?> event, TrackingToken token, String entityType, String entityId,
                       String summary, List<FieldChange> changes) {
        long position = token.position().orElseThrow(
                () -> new IllegalStateException("History needs a tracking token with a position"));
        if (entries.existsByPositionAndEntityTypeAndEntityId(position, entityType, entityId)) {
            return;
        }
        MetaData metaData = event.getMetaData();
        entries.save(new HistoryEntryRecord(new HistoryEntry(position, event.getTimestamp(),
                text(metaData, MetadataKeys.ACTOR), text(metaData, MetadataKeys.ON_BEHALF_OF),
                text(metaData, MetadataKeys.CHANNEL), text(metaData, MetadataKeys.CORRELATION_ID), entityType,
                entityId, eventType(event), summary, changes)));
    }

    /**
     * Replaces every old and new value of the given fields in the entity's history, e.g. with "erased" once a
     * client's personal data is erased. The entries themselves — who, when, what kind of change — stay.
     */
    public void scrub(String entityType, String entityId, Collection<String> fields, String replacement) {
        entries.flush();
        entries.replaceValues(entityType, entityId, fields, replacement);
    }

    /** Empties the history before its processing group replays every event. */
    public void clear() {
        entries.deleteAllChanges();
        entries.deleteAllEntries();
    }

    private static String eventType(EventMessage<?> event) {
        String name = event.getPayloadType().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
