package com.loyaltyledger.infra.projection;

import com.loyaltyledger.api.common.StorableValues;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.dao.TransientDataAccessException;

/**
 * What a dead letter keeps of the failure that put it there. A database driver's message may repeat the failed
 * statement with its values (names, phones: personal data that must not sit unencrypted beside the event, and
 * characters such as NUL that the dead-letter table itself cannot hold), so for SQL failures only the SQL state and
 * the first line of the database's own message are kept. Every cause is cleaned of characters the database refuses
 * and cut to the width of its column.
 */
final class DeadLetterCauses {

    /** The width of {@code dead_letter_entry.cause_message}. */
    static final int MAX_MESSAGE = ThrowableCause.TRUNCATED_MESSAGE_SIZE;

    private DeadLetterCauses() {
    }

    static ThrowableCause of(Throwable failure) {
        if (failure instanceof ThrowableCause cause) {
            return new ThrowableCause(cause.type(), clean(cause.message()));
        }
        SQLException sql = deepestSql(failure);
        if (sql != null) {
            return new ThrowableCause(sql.getClass().getName(),
                    clean("SQL state " + sql.getSQLState() + ": " + firstLine(sql.getMessage())));
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ThrowableCause(root.getClass().getName(), clean(firstLine(root.getMessage())));
    }

    /**
     * Whether the failure says nothing about the event: the database unreachable, out of resources, a deadlock or a
     * lock timeout. Such an event is not dead-lettered; the processor retries the batch with back-off.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        SQLException sql = deepestSql(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("55")
                || state.startsWith("57");
    }

    /** The innermost SQL failure; for a failed JDBC batch the entry's own failure, which names the reason. */
    private static SQLException deepestSql(Throwable failure) {
        SQLException found = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found = sql.getNextException() != null ? sql.getNextException() : sql;
            }
        }
        return found;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String clean(String message) {
        if (message == null) {
            return null;
        }
        String storable = StorableValues.scrub(message);
        return storable.length() <= MAX_MESSAGE ? storable : storable.substring(0, MAX_MESSAGE);
    }
}
