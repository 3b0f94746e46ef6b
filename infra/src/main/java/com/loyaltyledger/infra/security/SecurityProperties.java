package com.loyaltyledger.infra.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}: the admin's password (from {@code LEDGER_ADMIN_PASSWORD}; generated and printed once
 * when absent), further users declared in configuration, and the JWT claim holding role names.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(String adminPassword, Map<String, ConfiguredUser> users, String jwtRolesClaim) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        jwtRolesClaim = jwtRolesClaim == null || jwtRolesClaim.isBlank() ? "roles" : jwtRolesClaim;
    }

    /** A user from configuration; {@code password} is plain text or a {@code {bcrypt}} hash. */
    public record ConfiguredUser(String password, List<String> roles) {
    }
}
