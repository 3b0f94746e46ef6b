package com.loyaltyledger.infra.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    Optional<UserDetails> find(String username) {
        List<UserDetails> users = jdbc.query(
                "select username, password_hash, roles, enabled from app_user where username = ?",
                (row, i) -> User.withUsername(row.getString(1))
                        .password(row.getString(2))
                        .authorities(Arrays.stream(row.getString(3).split(","))
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.strip()))
                                .toList())
                        .disabled(!row.getBoolean(4))
                        .build(),
                username);
        return users.stream().findFirst();
    }

    /** Creates the user, or replaces its password hash and roles. */
    void save(String username, String passwordHash, List<String> roles) {
        String joinedRoles = String.join(",", roles);
        int updated = jdbc.update("update app_user set password_hash = ?, roles = ?, enabled = true "
                + "where username = ?", passwordHash, joinedRoles, username);
        if (updated == 0) {
            jdbc.update("insert into app_user (username, password_hash, roles, enabled, created_at) "
                    + "values (?, ?, ?, true, ?)", username, passwordHash, joinedRoles, Timestamp.from(clock.instant()));
        }
    }
}
