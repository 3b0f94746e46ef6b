package com.loyaltyledger.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database integration tests run against, chosen once per test JVM by {@code LEDGER_TEST_DB}:
 * <ul>
 *     <li>{@code postgres}: the PostgreSQL at {@code LEDGER_TEST_DB_URL} (default
 *     {@code jdbc:postgresql://127.0.0.1:5432/test}); fails loudly when it does not answer;</li>
 *     <li>{@code testcontainers}: a PostgreSQL 15 container started in Docker;</li>
 *     <li>{@code auto} (default): Testcontainers when Docker answers, else a local PostgreSQL when one answers,
 *     else embedded H2 with a warning.</li>
 * </ul>
 * On PostgreSQL each run gets a fresh schema ({@code it_<time>_<pid>}), so runs never see each other's data or
 * migration history; schemas of runs older than a day are dropped.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final DateTimeFormatter SCHEMA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static TestDatabase instance;

    private final boolean postgres;
    private final String url;
    private final String username;
    private final String password;
    private final String schema;

    private TestDatabase(boolean postgres, String url, String username, String password, String schema) {
        this.postgres = postgres;
        this.url = url;
        this.username = username;
        this.password = password;
        this.schema = schema;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = choose();
        }
        return instance;
    }

    public boolean isPostgres() {
        return postgres;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The schema this run's tables live in (PostgreSQL only). */
    public String schema() {
        return schema;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private static TestDatabase choose() {
        String mode = env("LEDGER_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        String localUrl = env("LEDGER_TEST_DB_URL", DEFAULT_URL);
        String localUser = env("LEDGER_TEST_DB_USER", "postgres");
        String localPassword = env("LEDGER_TEST_DB_PASSWORD", "");
        return switch (mode) {
            case "postgres" -> {
                if (!answers(localUrl, localUser, localPassword)) {
                    throw new IllegalStateException("LEDGER_TEST_DB=postgres but no PostgreSQL answers at "
                            + localUrl + " as " + localUser + " (set LEDGER_TEST_DB_URL/USER/PASSWORD)");
                }
                yield postgresSchema(localUrl, localUser, localPassword);
            }
            case "testcontainers" -> container();
            case "auto" -> {
                if (dockerAnswers()) {
                    yield container();
                }
                if (answers(localUrl, localUser, localPassword)) {
                    yield postgresSchema(localUrl, localUser, localPassword);
                }
                log.warn("\n\n    No Docker and no PostgreSQL at {}: integration tests run on embedded H2.\n"
                        + "    They prove much less than on PostgreSQL; set LEDGER_TEST_DB=postgres in CI.\n", localUrl);
                yield new TestDatabase(false, "jdbc:h2:mem:ledger-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", null);
            }
            default -> throw new IllegalStateException(
                    "LEDGER_TEST_DB must be postgres, testcontainers or auto, not " + mode);
        };
    }

    private static TestDatabase container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return postgresSchema(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static TestDatabase postgresSchema(String url, String user, String password) {
        String schema = "it_" + LocalDateTime.now().format(SCHEMA_TIME) + "_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            dropStaleSchemas(statement);
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema " + schema + " at " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        log.info("Integration tests use PostgreSQL {} schema {}", url, schema);
        return new TestDatabase(true, url + separator + "currentSchema=" + schema, user, password, schema);
    }

    private static void dropStaleSchemas(Statement statement) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(SCHEMA_TIME);
        List<String> stale = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "select nspname from pg_namespace where nspname like 'it\\_%' and substr(nspname, 4, 14) < '"
                        + dayAgo + "'")) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        }
        for (String name : stale) {
            statement.execute("drop schema if exists " + name + " cascade");
        }
    }

    private static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
