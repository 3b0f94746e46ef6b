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
 * from its timestamp, how far the stream had come from its token. Entries are not looked up before they are
 * written: a batch's entries commit with its token, so an event is redelivered only when its entries were rolled
 * back, and a replay empties the history first ({@link #clear()}). Should an entry for the same event and entity
 * ever come twice, the unique key on (event identifier, entity type, entity id) refuses it rather than keep both.
 * The token's position cannot tell events apart: events whose transactions committed late share the position
 * the processor had reached.
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
        MetaData metaData = event.getMetaData();
        entries.save(new HistoryEntryRecord(event.getIdentifier(), new HistoryEntry(position, event.getTimestamp(),
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

    /**
     * Replaces the given fields' values in the histories of the accounts and cards a client owns (its accounts,
     * its cards and their accounts), as the account and card lists know them.
     */
    public void scrubOwnedBy(String clientId, Collection<String> fields, String replacement) {
        entries.flush();
        entries.replaceValuesOfOwned(clientId, fields, replacement);
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
