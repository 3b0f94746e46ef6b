package com.loyaltyledger.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
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
import java.util.Map;

/**
 * The application's jar, as built by this reactor run, started for a drill on a fresh schema of the test
 * PostgreSQL ({@code LEDGER_TEST_DB_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/test}). With
 * {@code LEDGER_TEST_DB=postgres} (as in CI) a missing PostgreSQL fails the test; otherwise the drill is skipped,
 * since a drill means nothing on anything else.
 */
public final class DrillApplication {

    private static final DateTimeFormatter SCHEMA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private DrillApplication() {
    }

    /** A not yet started application on a fresh schema named after the drill, with extra Spring arguments. */
    public static Application create(String drill, String... appArgs) throws SQLException, IOException {
        String url = env("LEDGER_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("LEDGER_TEST_DB_USER", "postgres");
        String password = env("LEDGER_TEST_DB_PASSWORD", "");
        boolean required = env("LEDGER_TEST_DB", "auto").toLowerCase(Locale.ROOT).equals("postgres");
        if (!required) {
            assumeTrue(answers(url, user, password), "no PostgreSQL at " + url + ": the " + drill
                    + " drill needs one");
        }
        dropSchemasOlderThanADay(url, user, password);
        String schema = "drill_" + LocalDateTime.now().format(SCHEMA_TIME) + "_" + ProcessHandle.current().pid()
                + "_" + drill.replaceAll("\\W", "_");
        BenchDatabase database = BenchDatabase.freshSchema(url, user, password, schema);
        Options options = Options.of(Map.of("jar", jar().toString(), "port", String.valueOf(freePort()),
                "app-jvm-args", "-Xms256m -Xmx768m -XX:TieredStopAtLevel=1"));
        return new Application(Application.Settings.of(options, database, Path.of("target", "drill-" + drill),
                appArgs));
    }

    /** The jar infra's package phase made earlier in this reactor run (the bench module builds after infra). */
    private static Path jar() {
        return Path.of("..", "infra", "target", "loyalty-ledger.jar").toAbsolutePath().normalize();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void dropSchemasOlderThanADay(String url, String user, String password) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(SCHEMA_TIME);
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select nspname from pg_namespace where nspname like "
                    + "'drill\\_%' and substr(nspname, 7, 14) < '" + dayAgo + "'")) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
            for (String schema : stale) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
