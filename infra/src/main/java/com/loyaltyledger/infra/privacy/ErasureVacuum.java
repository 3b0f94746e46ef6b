package com.loyaltyledger.infra.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vacuums the tables an erasure scrubbed, so that the rows' old versions (the erased values) leave the tables and
 * their indexes instead of waiting for autovacuum: at most {@code ledger.privacy.vacuum-interval} (one minute)
 * after the last read model marked its scrub, once the marks have been quiet for {@link #SETTLE}. PostgreSQL only
 * (the embedded H2 keeps no old row versions to remove); plain VACUUM, which takes no lock that stops readers or
 * writers. It runs outside a transaction, as VACUUM must, on a thread of its own; several instances running it
 * at once only repeat it.
 */
public class ErasureVacuum {

    static final List<String> TABLES = List.of("client_view", "client_view_phone", "client_view_tag",
            "client_view_special_date", "client_view_attribute", "history_entry", "history_change", "journal_line",
            "account_view", "account_hold_view", "card_view", "personal_data_key");
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ErasureVacuum.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean postgres;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("erasure-vacuum").daemon().factory());

    ErasureVacuum(JdbcTemplate jdbc, Clock clock, boolean postgres, Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = postgres;
        this.interval = interval;
    }

    void start() {
        if (postgres) {
            timer.scheduleWithFixedDelay(() -> {
                try {
                    vacuumIfRequested();
                } catch (RuntimeException e) {
                    log.warn("Vacuuming after an erasure failed; trying again in {}", interval, e);
                }
            }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        timer.shutdownNow();
    }

    public void vacuumIfRequested() {
        if (!postgres) {
            return;
        }
        Timestamp requested = jdbc.queryForList("select requested_at from erasure_vacuum where id = 1 and "
                + "requested_at is not null and (done_at is null or done_at < requested_at)", Timestamp.class)
                .stream().findFirst().orElse(null);
        if (requested != null && requested.toInstant().plus(SETTLE).isBefore(clock.instant())) {
            Instant started = clock.instant();
            jdbc.execute("vacuum " + String.join(", ", TABLES));
            jdbc.update("update erasure_vacuum set done_at = ? where id = 1", Timestamp.from(started));
            log.info("Vacuumed the tables erasure scrubbed, in {} ms",
                    Duration.between(started, clock.instant()).toMillis());
        }
    }
}
