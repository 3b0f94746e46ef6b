package com.loyaltyledger.query.history;

import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.api.history.HistoryEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "history_entry")
public class HistoryEntryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_entry_seq")
    @SequenceGenerator(name = "history_entry_seq", sequenceName = "history_entry_seq", allocationSize = 50)
    private Long id;
    @Column(length = 36)
    private String eventId;
    @Column(nullable = false)
    private long position;
    @Column(nullable = false)
    private Instant occurredAt;
    private String actor;
    private String onBehalfOf;
    private String channel;
    private String correlationId;
    @Column(nullable = false, length = 32)
    private String entityType;
    @Column(nullable = false, length = 64)
    private String entityId;
    @Column(nullable = false, length = 100)
    private String eventType;
    @Column(length = 1000)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "history_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "seq")
    private List<FieldChangeEntry> changes = new ArrayList<>();

    protected HistoryEntryRecord() {
    }

    HistoryEntryRecord(String eventId, HistoryEntry entry) {
        this.eventId = eventId;
        this.position = entry.position();
        this.occurredAt = entry.occurredAt();
        this.actor = entry.actor();
        this.onBehalfOf = entry.onBehalfOf();
        this.channel = entry.channel();
        this.correlationId = entry.correlationId();
        this.entityType = entry.entityType();
        this.entityId = entry.entityId();
        this.eventType = entry.eventType();
        this.summary = entry.summary();
        entry.changes().forEach(change -> changes.add(new FieldChangeEntry(change)));
    }

    HistoryEntry toEntry() {
        List<FieldChange> fieldChanges = changes.stream().map(FieldChangeEntry::toFieldChange).toList();
        return new HistoryEntry(position, occurredAt, actor, onBehalfOf, channel, correlationId, entityType, entityId,
                eventType, summary, fieldChanges);
    }
}
