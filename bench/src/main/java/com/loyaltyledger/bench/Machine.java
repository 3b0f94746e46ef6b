package com.loyaltyledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The "Machine" section every bench report starts with: what the figures were measured on. */
public final class Machine {

    private Machine() {
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
