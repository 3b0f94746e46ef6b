package com.loyaltyledger.infra.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's event store that an append lost a race (a unique-key violation on aggregate and sequence), so it
 * reports a concurrency conflict that the command gateway retries, not a storage failure. Looks through the
 * whole chain, batch "next exceptions" included: PostgreSQL reports a failed batch insert as a batch exception
 * whose own state is not the violation's.
 */
final class UniqueViolationResolver implements PersistenceExceptionResolver {

    /** SQLSTATE of a unique constraint violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
