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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The people and scripts allowed to call the API, with BCrypt password hashes, in the {@code app_user} table. */
@Component
public class UserAccounts implements UserDetailsService {

    private static final String COLUMNS = "username, password_hash, roles, enabled, created_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored user; the hash never leaves this package. */
    record Account(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .disabled(!account.enabled())
                .build();
    }

    Optional<Account> find(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where username = ?", UserAccounts::account, username)
                .stream().findFirst();
    }

    List<Account> list(int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from app_user order by username limit ? offset ?",
                UserAccounts::account, limit, offset);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from app_user", Long.class);
        return count == null ? 0 : count;
    }

    long countEnabledAdmins() {
        return jdbc.query("select roles from app_user where enabled", (row, i) -> roles(row.getString(1))).stream()
                .filter(roles -> roles.contains(Role.ADMIN)).count();
    }

    /** Creates a user; false when the name is taken. */
    boolean create(String username, String passwordHash, Set<Role> roles) {
        try {
            jdbc.update("insert into app_user (" + COLUMNS + ") values (?, ?, ?, true, ?)", username, passwordHash,
                    joined(roles), Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Creates the user, or replaces its password hash and roles and enables it. */
    void save(String username, String passwordHash, Set<Role> roles) {
        if (jdbc.update("update app_user set password_hash = ?, roles = ?, enabled = true where username = ?",
                passwordHash, joined(roles), username) == 0) {
            create(username, passwordHash, roles);
        }
    }

    void update(Account account) {
        jdbc.update("update app_user set password_hash = ?, roles = ?, enabled = ? where username = ?",
                account.passwordHash(), joined(account.roles()), account.enabled(), account.username());
    }

    void delete(String username) {
        jdbc.update("delete from app_user where username = ?", username);
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        return new Account(row.getString(1), row.getString(2), roles(row.getString(3)), row.getBoolean(4),
                row.getTimestamp(5).toInstant());
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).map(String::strip).map(Role::valueOfOrNull)
                .filter(role -> role != null).forEach(roles::add);
        return roles;
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
