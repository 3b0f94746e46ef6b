package com.loyaltyledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A development Axon Server (Standard Edition, built from its public source; see the README's "Scaling out") run
 * as a child process on fresh data in a directory of its own, for the cluster drill. The jar is never part of
 * this repository: {@code LEDGER_AXONSERVER_JAR} names it, else {@code /opt/axonserver/axonserver.jar}.
 */
public final class AxonServer implements AutoCloseable {

    public static final String JAR_VARIABLE = "LEDGER_AXONSERVER_JAR";
    private static final Path DEFAULT_JAR = Path.of("/opt/axonserver/axonserver.jar");

    private final Path jar;
    private final int httpPort;
    private final int grpcPort;
    private final Path dataDir;
    private Process process;

    public AxonServer(Path jar, int httpPort, int grpcPort, Path dataDir) {
        this.jar = jar;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
        // Axon Server's own H2 refuses a path relative to its working directory
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** The jar {@code LEDGER_AXONSERVER_JAR} (or the default location) names, when it is there. */
    public static Path jar(String configured) {
        String named = configured != null ? configured : System.getenv(JAR_VARIABLE);
        return named == null || named.isBlank() ? DEFAULT_JAR : Path.of(named);
    }

    /** Where the application instances find it: {@code localhost:<grpc port>}. */
    public String address() {
        return "localhost:" + grpcPort;
    }

    public void start(Duration timeout) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No Axon Server jar at " + jar + " (set " + JAR_VARIABLE
                    + "): build one as the README's \"Scaling out\" says");
        }
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("axonserver.properties"), String.join("\n",
                "server.port=" + httpPort,
                "axoniq.axonserver.port=" + grpcPort,
                "axoniq.axonserver.hostname=localhost",
                "axoniq.axonserver.event.storage=" + dataDir.resolve("events"),
                "axoniq.axonserver.snapshot.storage=" + dataDir.resolve("events"),
                "axoniq.axonserver.controldb-path=" + dataDir.resolve("control"),
                "axoniq.axonserver.pid-file-location=" + dataDir,
                "logging.file.name=" + dataDir.resolve("axonserver.log"),
                "axoniq.axonserver.devmode.enabled=true", ""));
        process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-jar", jar.toAbsolutePath().toString()))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("out.log").toFile())
                .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Axon Server exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("out.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("Axon Server did not become healthy within " + timeout + "; see "
                + dataDir.resolve("out.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
