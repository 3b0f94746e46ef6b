package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.LoyaltyLedgerApplication;
import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hold that expires while the application is down is released once it is up again: its deadline is a row in
 * the database, not a timer in memory, and one that a killed instance had picked is taken up again within
 * seconds. Runs two applications one after the other on a database of their own (a
 * schema of the test PostgreSQL, or an H2 file), so the shared test application never sees that deadline.
 */
class HoldExpiryRestartTest {

    private static final String PASSWORD = "restart-test";

    @TempDir
    Path dataDir;

    private final TestDatabase database = TestDatabase.get();
    private final String schema = database.isPostgres() ? database.schema() + "_holds" : null;

    private String url() {
        return database.isPostgres()
                ? database.url().replace("currentSchema=" + database.schema(), "currentSchema=" + schema)
                : "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/ledger;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH";
    }

    private ConfigurableApplicationContext start(Duration expiryPollInterval) throws SQLException {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.security.admin-password=" + PASSWORD,
                "--ledger.privacy.master-key=" + IntegrationTest.MASTER_KEY,
                "--ledger.holds.expiry-poll-interval=" + expiryPollInterval.toSeconds() + "s",
                "--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password()));
        if (database.isPostgres()) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + schema);
            }
            args.add("--spring.profiles.active=postgres");
            args.add("--spring.flyway.default-schema=" + schema);
        }
        return new SpringApplicationBuilder(LoyaltyLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private String user() {
        return database.isPostgres() ? database.username() : "ledger";
    }

    private String password() {
        return database.isPostgres() ? database.password() : "ledger";
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port, "admin", PASSWORD).withHeader("Idempotency-Key",
                UUID.randomUUID().toString());
    }

    private long pendingDeadlines() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from scheduled_tasks")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void holdThatExpiresWhileTheApplicationIsDownIsReleasedAfterStart() throws SQLException {
        String accountId;
        Instant expiresAt;
        // the first application looks for expired holds only at start, so it cannot release this one itself
        try (ConfigurableApplicationContext first = start(Duration.ofHours(1))) {
            Api api = api(first);
            String typeId = api.post("/api/v1/account-types", Map.of("name", "Points", "asset", "BONUS",
                    "kind", "BONUS")).json().path("accountTypeId").asString();
            accountId = api.post("/api/v1/accounts", Map.of("number", "R-1", "accountTypeId", typeId)).json()
                    .path("accountId").asString();
            assertThat(api(first).post("/api/v1/accounts/" + accountId + "/accrue", Map.of("amount", "10.00"))
                    .status()).isEqualTo(200);
            Api.Response hold = api(first).post("/api/v1/accounts/" + accountId + "/holds",
                    Map.of("amount", "4.00", "ttl", "PT2S"));
            assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
            expiresAt = Instant.parse(hold.json().path("expiresAt").asString());
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/v1/accounts/" + accountId)
                    .json().path("available").asString().equals("6.00"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().isAfter(expiresAt));
        assertThat(pendingDeadlines()).as("the expiry waits in the database").isEqualTo(1);
        // as if an instance had picked the expiry and was killed while executing it (the crash drill's case)
        execute("update scheduled_tasks set picked = true, picked_by = 'killed-instance', last_heartbeat = "
                + "current_timestamp");

        try (ConfigurableApplicationContext second = start(Duration.ofSeconds(1))) {
            Api api = api(second);
            Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
                var account = api.get("/api/v1/accounts/" + accountId).json();
                assertThat(account.path("available").asString()).isEqualTo("10.00");
                assertThat(account.path("holds")).isEmpty();
            });
        }
        assertThat(pendingDeadlines()).isZero();
    }
}
