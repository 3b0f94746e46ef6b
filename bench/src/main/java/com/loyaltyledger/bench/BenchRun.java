package com.loyaltyledger.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What every bench command shares: its start time (which names its report and logs), the options that say where
 * PostgreSQL is, the application it starts on a fresh database or finds at {@code --url}, and the report it writes
 * to {@code bench/results/<yyyyMMdd-HHmmss>-<command>.md}.
 */
public final class BenchRun {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** The application a command talks to; {@code application} is null for one running at {@code --url}. */
    public record Target(BenchDatabase database, Application application, Http admin) {

        public void stop() throws InterruptedException {
            if (application != null) {
                application.stop();
            }
        }
    }

    private final String command;
    private final Options options;
    private final Instant startedAt = Instant.now();
    private final Path results;

    public BenchRun(String command, Options options) {
        this.command = command;
        this.options = options;
        // read now, so that a command's check of unknown options knows it
        this.results = Path.of(options.string("results", "bench/results"));
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The start time as {@code yyyyMMdd-HHmmss}: unique enough to tag what a run creates. */
    public String stamp() {
        return STAMP.format(startedAt);
    }

    /** The database named by {@code --database} (else {@code defaultName}), dropped and created anew. */
    public BenchDatabase freshDatabase(String defaultName) throws SQLException {
        return BenchDatabase.freshDatabase(serverUrl(), user(), password(), options.string("database", defaultName));
    }

    /** The application's jar on {@code database}, not started, with the command's own Spring arguments added. */
    public Application application(BenchDatabase database, String... appArgs) {
        return new Application(Application.Settings.of(options, database,
                Path.of("bench/target/" + command + "-" + stamp()), appArgs));
    }

    /**
     * The application on a fresh database, started; or, with {@code --url}, the running one, whose database
     * {@code --db-url} names and whose admin password {@code --admin-password} gives. Checks the options first.
     */
    public Target target(String defaultDatabase, String... appArgs)
            throws SQLException, IOException, InterruptedException {
        String url = options.string("url", null);
        String adminPassword = options.string("admin-password", System.getenv("LEDGER_ADMIN_PASSWORD"));
        BenchDatabase database = url != null ? new BenchDatabase(serverUrl(), user(), password())
                : freshDatabase(defaultDatabase);
        if (url != null) {
            options.refuseUnknown();
            if (adminPassword == null) {
                throw new IllegalArgumentException("--url needs --admin-password (or LEDGER_ADMIN_PASSWORD)");
            }
            return new Target(database, null, new Http(URI.create(url), "admin", adminPassword));
        }
        Application application = application(database, appArgs);
        options.refuseUnknown();
        System.out.println("Starting the application on a fresh database " + database.jdbcUrl());
        application.start(Duration.ofMinutes(3));
        return new Target(database, application, application.admin());
    }

    /** Prints the report and writes it to {@code --results} (default {@code bench/results}). */
    public Path writeReport(String text) throws IOException {
        System.out.println();
        System.out.println(text);
        Files.createDirectories(results);
        Path file = results.resolve(stamp() + "-" + command + ".md");
        Files.writeString(file, text);
        System.out.println("Written to " + file);
        return file;
    }

    private String serverUrl() {
        return options.string("db-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private String user() {
        return options.string("db-user", "postgres");
    }

    private String password() {
        return options.string("db-password", "");
    }
}
