package com.loyaltyledger.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application's jar run as a child process in the {@code postgres} profile (with {@code axonserver} too for a
 * cluster), so that a drill can kill it the way a power cut would (SIGKILL) and start it again on the same
 * database.
 */
public final class Application implements AutoCloseable {

    /**
     * @param jar the application's executable jar ({@code infra/target/loyalty-ledger.jar})
     * @param database where the application keeps everything
     * @param jvmArgs options for the application's JVM, e.g. {@code -Xmx2g}
     * @param appArgs extra Spring Boot arguments, e.g. {@code --ledger.holds.expiry-poll-interval=1s}
     * @param logDir where each start's output goes ({@code app-<n>.log})
     * @param profiles the Spring profiles, e.g. {@code postgres,axonserver}
     */
    public record Settings(Path jar, BenchDatabase database, int port, String adminPassword, String masterKey,
                           List<String> jvmArgs, List<String> appArgs, Path logDir, String profiles) {

        /** From the options, with {@code commandArgs} (what the command itself needs) after {@code --app-args}. */
        public static Settings of(Options options, BenchDatabase database, Path logDir, String... commandArgs) {
            List<String> appArgs = new ArrayList<>(options.words("app-args", ""));
            appArgs.addAll(List.of(commandArgs));
            return new Settings(Path.of(options.string("jar", "infra/target/loyalty-ledger.jar")), database,
                    options.integer("port", 18080), "bench-" + randomKey().substring(0, 16).replaceAll("[^A-Za-z0-9]", "x"),
                    randomKey(), options.words("app-jvm-args", "-Xms1g -Xmx2g"), List.copyOf(appArgs), logDir,
                    "postgres");
        }

        /**
         * Another instance of the same application: the same database, admin password and master key, its own
         * port and logs, commands and queries through the Axon Server at {@code axonServer} (host:port).
         */
        public Settings instance(int instancePort, Path instanceLogDir, String axonServer) {
            List<String> args = new ArrayList<>(appArgs);
            args.add("--axon.axonserver.servers=" + axonServer);
            return new Settings(jar, database, instancePort, adminPassword, masterKey, jvmArgs, List.copyOf(args),
                    instanceLogDir, "postgres,axonserver");
        }

        public URI url() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }
    }

    private final Settings settings;
    private Process process;
    private int starts;

    public Application(Settings settings) {
        this.settings = settings;
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("No application jar at " + settings.jar().toAbsolutePath()
                    + ": build it first (./mvnw -pl infra -am package -DskipTests) or pass --jar=");
        }
    }

    public Settings settings() {
        return settings;
    }

    /** An admin's view of the API of this application. */
    public Http admin() {
        return new Http(settings.url(), "admin", settings.adminPassword());
    }

    /** Starts the application and waits until it answers its health check. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The application is already running");
        }
        starts++;
        Files.createDirectories(settings.logDir());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(settings.jvmArgs());
        command.add("-Daxoniq.update-checker.disabled=true");
        command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString(),
                "--spring.profiles.active=" + settings.profiles(), "--server.port=" + settings.port()));
        command.addAll(settings.appArgs());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.logDir().resolve("app-" + starts + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("LEDGER_DB_URL", settings.database().jdbcUrl());
        env.put("LEDGER_DB_USER", settings.database().user());
        env.put("LEDGER_DB_PASSWORD", settings.database().password());
        env.put("LEDGER_ADMIN_PASSWORD", settings.adminPassword());
        env.put("LEDGER_MASTER_KEY", settings.masterKey());
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = builder.start();
        awaitHealthy(timeout);
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http admin = admin();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see "
                        + logFile());
            }
            try {
                if (admin.get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("The application did not become healthy within " + timeout + "; see " + logFile());
    }

    public Path logFile() {
        return settings.logDir().resolve("app-" + starts + ".log");
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye; what a crash or a power cut does to the process. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM: the graceful shutdown an operator would do. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    /** CPU seconds the application's process has used so far (user and system), from {@code /proc}. */
    public double cpuSeconds() {
        return CpuMeter.processSeconds(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
