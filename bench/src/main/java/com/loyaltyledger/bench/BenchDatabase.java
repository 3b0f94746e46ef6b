package com.loyaltyledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The PostgreSQL database (or schema) a bench run gives the application, made fresh for the run. */
public record BenchDatabase(String jdbcUrl, String user, String password) {

    /**
     * Drops and creates database {@code name} on the server of {@code serverUrl} (any database URL of that
     * server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}).
     */
    public static BenchDatabase freshDatabase(String serverUrl, String user, String password, String name)
            throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("A database name of lower-case letters, digits and _, not " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        return new BenchDatabase(base + name, user, password);
    }

    /** A new schema {@code name} in the database of {@code databaseUrl}: what the test suite uses. */
    public static BenchDatabase freshSchema(String databaseUrl, String user, String password, String name)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
            statement.execute("create schema " + name);
        }
        return new BenchDatabase(databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name,
                user, password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The highest global index of the event store: where caught-up processors stand. */
    public long eventStoreHead() throws SQLException {
        return count("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /** What a reader of the figures needs to know of the server. */
    public Map<String, String> facts() throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"server_version", "synchronous_commit", "fsync", "shared_buffers",
                    "max_connections", "wal_level"}) {
                try (ResultSet rows = statement.executeQuery("show " + setting)) {
                    rows.next();
                    facts.put(setting, rows.getString(1));
                }
            }
        }
        return facts;
    }
}
