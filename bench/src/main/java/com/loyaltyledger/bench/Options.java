package com.loyaltyledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name=value} command-line options; every option a command reads must be known, so a typo fails. */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    public Options(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals < 0) {
                values.put(arg.substring(2), "true");
            } else {
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
    }

    public static Options of(Map<String, String> values) {
        return new Options(values.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    public String string(String name, String fallback) {
        read.add(name);
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public int integer(String name, int fallback) {
        String value = string(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    public long seed(String name) {
        String value = string(name, null);
        return value == null ? System.nanoTime() : Long.parseLong(value);
    }

    /** Seconds as a plain number ({@code 60}) or an ISO-8601 duration ({@code PT1M}). */
    public Duration duration(String name, Duration fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        return value.startsWith("P") ? Duration.parse(value) : Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    public List<Integer> integers(String name, String fallback) {
        List<Integer> result = new ArrayList<>();
        for (String part : string(name, fallback).split(",")) {
            result.add(Integer.parseInt(part.trim()));
        }
        return result;
    }

    public List<String> words(String name, String fallback) {
        String value = string(name, fallback);
        return value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }

    /** Call after a command has read its options: an option nobody read is a mistake the user should hear of. */
    public void refuseUnknown() {
        List<String> unknown = values.keySet().stream().filter(name -> !read.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + unknown + "; known: " + read);
        }
    }
}
