package com.loyaltyledger.command.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jdbc.ConnectionProvider;

/**
 * Plain JDBC over Axon's {@link ConnectionProvider}, so that command-side lookup tables are read and written on
 * the connection, and in the transaction, of the unit of work that appends the events.
 */
public final class Jdbc {

    /** SQLSTATE of a unique constraint violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final ConnectionProvider connections;

    public Jdbc(ConnectionProvider connections) {
        this.connections = connections;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Thrown when an insert or update breaks a unique constraint. */
    public static final class UniqueViolation extends RuntimeException {
        UniqueViolation(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new UniqueViolation(e);
            }
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("Expected at most one row from " + sql + ", got " + rows.size());
        }
        // a row whose mapped value is null (a null column) reads as absent
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
