package com.loyaltyledger.infra.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dead letters of the projections, for the people who run the product: which events a read model could not
 * apply and why, a retry of one aggregate's letters or of all, and the eviction of one letter. A dead letter freezes
 * its aggregate's read model: later events of the same aggregate wait behind it in the queue, in order.
 */
@Component
public class DeadLetters {

    /** A letter's columns and its place in its sequence: how many letters of the same aggregate wait before it. */
    private static final String SELECT = "select dead_letter_id, sequence_identifier, sequence_index, "
            + "event_identifier, payload_type, type, aggregate_identifier, sequence_number, time_stamp, enqueued_at, "
            + "last_touched, cause_type, cause_message, (select count(*) from dead_letter_entry e "
            + "where e.processing_group = d.processing_group and e.sequence_identifier = d.sequence_identifier "
            + "and e.sequence_index < d.sequence_index) from dead_letter_entry d where processing_group = ? ";

    private final JdbcTemplate jdbc;
    private final SingleEventHandling single;
    private final List<String> processors;

    DeadLetters(JdbcTemplate jdbc, SingleEventHandling single, EventProcessorProperties properties) {
        this.jdbc = jdbc;
        this.single = single;
        this.processors = ProjectionResilienceConfiguration.deadLetteringProcessors(properties);
    }

    /**
     * One dead letter. {@code sequence} is what it waits in (its aggregate), {@code position} its place there (0: it
     * is the one that blocks the rest).
     */
    public record Letter(String id, String eventId, String eventType, String aggregateType, String aggregateId,
                         Long aggregateSequence, String sequence, int position, Instant occurredAt,
                         Instant firstAttemptAt, Instant lastAttemptAt, String causeType, String causeMessage) {
    }

    public record Page(List<Letter> items, int page, int size, long totalItems) {
    }

    /** After a retry: letters applied (and evicted), those left, and why the first one left still fails. */
    public record RetryOutcome(int sequences, int applied, long remaining, List<String> failures) {
    }

    /** The processors that dead-letter what they cannot apply. */
    public List<String> processors() {
        return processors;
    }

    public boolean keepsDeadLetters(String processor) {
        return processors.contains(processor);
    }

    public long count(String processor) {
        Long count = jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?",
                Long.class, processor);
        return count == null ? 0 : count;
    }

    public Page list(String processor, int page, int size, long offset) {
        List<Letter> letters = jdbc.query(SELECT + "order by enqueued_at, sequence_identifier, sequence_index "
                + "limit ? offset ?", (row, n) -> letter(row), processor, size, offset);
        return new Page(letters, page, size, count(processor));
    }

    public Optional<Letter> find(String processor, String id) {
        return jdbc.query(SELECT + "and dead_letter_id = ?", (row, n) -> letter(row), processor, id).stream()
                .findFirst();
    }

    private static Letter letter(ResultSet row) throws SQLException {
        return new Letter(row.getString(1), row.getString(4), simpleName(row.getString(5)), row.getString(6),
                row.getString(7), (Long) row.getObject(8), row.getString(2), row.getInt(14), instant(row.getString(9)),
                instant(row.getString(10)), instant(row.getString(11)), row.getString(12), row.getString(13));
    }

    /** Retries the sequence the letter waits in, from its first letter on, in order. */
    public RetryOutcome retry(String processor, Letter letter) {
        return retry(processor, List.of(letter.sequence()));
    }

    /** Retries every sequence of the processor's queue. */
    public RetryOutcome retryAll(String processor) {
        return retry(processor, jdbc.queryForList("select distinct sequence_identifier from dead_letter_entry "
                + "where processing_group = ? order by sequence_identifier", String.class, processor));
    }

    private RetryOutcome retry(String processor, List<String> sequences) {
        int applied = 0;
        List<String> failures = new ArrayList<>();
        for (String sequence : sequences) {
            SingleEventHandling.Retry retry = single.retry(processor, sequence);
            applied += retry.applied();
            if (retry.failure() != null) {
                failures.add(sequence + ": " + retry.failure());
            }
        }
        return new RetryOutcome(sequences.size(), applied, count(processor), failures);
    }

    public boolean evict(String processor, Letter letter) {
        return single.evict(processor, letter.sequence(), letter.id());
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
