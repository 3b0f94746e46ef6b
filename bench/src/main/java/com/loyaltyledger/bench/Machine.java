package com.loyaltyledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The "Machine" section every bench report starts with: what the figures were measured on. */
public final class Machine {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Machine() {
    }

    /** A report's first lines: its title with the run's start, and this section. */
    public static String heading(String title, Instant startedAt, Map<String, String> database) {
        return "# " + title + ", " + WHEN.format(startedAt) + "\n\n## Machine\n\n" + describe(database) + '\n';
    }

    /** Markdown list items: cores, memory, OS, JDK, and the PostgreSQL server's version and settings. */
    public static String describe(Map<String, String> database) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("- %d cores, %s memory, %s%n", Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("os.name") + " " + System.getProperty("os.version")));
        text.append(String.format("- JDK %s (%s)%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name")));
        text.append("- PostgreSQL ").append(database.get("server_version")).append(" on the same machine: ");
        database.forEach((name, value) -> {
            if (!name.equals("server_version")) {
                text.append(name).append('=').append(value).append(' ');
            }
        });
        return text.append('\n').toString();
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
