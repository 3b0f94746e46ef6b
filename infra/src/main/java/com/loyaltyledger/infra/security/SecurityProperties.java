package com.loyaltyledger.infra.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}: the admin's password (from {@code LEDGER_ADMIN_PASSWORD}; generated and printed once
 * when absent), further users declared in configuration, the JWT claim holding role names and the issuer tokens
 * must name ({@code jwt-issuer}, for a public key; with an issuer URI Spring Boot checks it), how many failed logins
 * are allowed before further attempts are refused, and how many threads check passwords.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(String adminPassword, Map<String, ConfiguredUser> users, String jwtRolesClaim,
                                 String jwtIssuer, Login login) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        jwtRolesClaim = jwtRolesClaim == null || jwtRolesClaim.isBlank() ? "roles" : jwtRolesClaim;
        login = login == null ? new Login(null, null, null, 0, 0) : login;
    }

    /** A user from configuration; {@code password} is plain text or a {@code {bcrypt}} hash. */
    public record ConfiguredUser(String password, List<String> roles) {
    }

    /**
     * Failed logins (a wrong password or key, an unknown user) each budget allows; a budget refills evenly over its
     * window, and while one is used up the attempts it covers are refused with 429 before any password is checked.
     *
     * @param userFromAddress one user from one address: the lockout a guesser meets
     * @param address one address, whatever the users: a flood from one place
     * @param user one user from anywhere: guessing spread over many addresses
     * @param hashingThreads threads that run BCrypt for logins not already known good (default half the cores)
     * @param hashingQueue logins that may wait for them; more are refused with 503 at once
     */
    public record Login(Budget userFromAddress, Budget address, Budget user, int hashingThreads, int hashingQueue) {

        public Login {
            userFromAddress = userFromAddress == null ? new Budget(10, Duration.ofMinutes(15)) : userFromAddress;
            address = address == null ? new Budget(50, Duration.ofMinutes(5)) : address;
            user = user == null ? new Budget(100, Duration.ofHours(1)) : user;
            hashingThreads = hashingThreads > 0 ? hashingThreads
                    : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            hashingQueue = hashingQueue > 0 ? hashingQueue : 32;
        }
    }

    public record Budget(int failures, Duration window) {
    }
}
