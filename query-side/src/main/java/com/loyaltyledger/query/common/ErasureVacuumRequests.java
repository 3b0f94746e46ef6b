package com.loyaltyledger.query.common;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks for the tables that erasure scrubbed to be vacuumed: every read model that empties a client's personal
 * data marks the request in its transaction, and the application's vacuum job runs once the marks have settled.
 */
public final class ErasureVacuumRequests {

    private ErasureVacuumRequests() {
    }

    public static void request(JdbcTemplate jdbc) {
        jdbc.update("update erasure_vacuum set requested_at = ? where id = 1", Timestamp.from(Instant.now()));
    }
}
