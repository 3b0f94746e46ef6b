package com.loyaltyledger.infra.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The people and scripts allowed to call the API, with BCrypt password hashes, in the {@code app_user} table. */
@Component
public class UserAccounts {

    private static final String COLUMNS = "username, password_hash, roles, enabled, created_at, store_codes";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A stored user; the hash never leaves this package.
     *
     * @param storeCodes the stores a CASHIER may sell in; empty: any
     */
    record Account(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt,
                   Set<String> storeCodes) {
    }

    Optional<Account> find(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where username = ?", UserAccounts::account, username)
                .stream().findFirst();
    }

    /** Whether a user of that name exists, in any case: "Admin" must not pass for "admin" in the audit trail. */
    boolean existsIgnoringCase(String username) {
        return !jdbc.queryForList("select 1 from app_user where lower(username) = lower(?)", Integer.class, username)
                .isEmpty();
    }

    List<Account> list(int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from app_user order by username limit ? offset ?",
                UserAccounts::account, limit, offset);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from app_user", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Waits for, then holds until the transaction ends, the lock that every change able to remove an ADMIN takes
     * first; counting the admins after it sees what the previous such change committed.
     */
    void lockAdminChanges() {
        jdbc.queryForObject("select id from app_user_guard where id = 1 for update", Integer.class);
    }

    long countEnabledAdmins() {
        return jdbc.query("select roles from app_user where enabled", (row, i) -> roles(row.getString(1))).stream()
                .filter(roles -> roles.contains(Role.ADMIN)).count();
    }

    /** Creates a user; false when the name is taken. */
    boolean create(String username, String passwordHash, Set<Role> roles, Set<String> storeCodes) {
        try {
            jdbc.update("insert into app_user (" + COLUMNS + ") values (?, ?, ?, true, ?, ?)", username, passwordHash,
                    joined(roles), Timestamp.from(clock.instant()), stores(storeCodes));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Creates the user, or replaces its password hash and roles and enables it. */
    void save(String username, String passwordHash, Set<Role> roles) {
        if (jdbc.update("update app_user set password_hash = ?, roles = ?, enabled = true where username = ?",
                passwordHash, joined(roles), username) == 0) {
            create(username, passwordHash, roles, Set.of());
        }
    }

    void update(Account account) {
        jdbc.update("update app_user set password_hash = ?, roles = ?, enabled = ?, store_codes = ? where username = ?",
                account.passwordHash(), joined(account.roles()), account.enabled(), stores(account.storeCodes()),
                account.username());
    }

    void delete(String username) {
        jdbc.update("delete from app_user where username = ?", username);
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        String stores = row.getString(6);
        return new Account(row.getString(1), row.getString(2), roles(row.getString(3)), row.getBoolean(4),
                row.getTimestamp(5).toInstant(), stores == null ? Set.of() : Set.of(stores.split(",")));
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).map(String::strip).map(Role::valueOfOrNull)
                .filter(role -> role != null).forEach(roles::add);
        return roles;
    }

    private static String stores(Set<String> storeCodes) {
        return storeCodes == null || storeCodes.isEmpty() ? null
                : storeCodes.stream().sorted().collect(Collectors.joining(","));
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
