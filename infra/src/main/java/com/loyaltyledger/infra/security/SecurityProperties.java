package com.loyaltyledger.infra.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}: the admin's password (from {@code LEDGER_ADMIN_PASSWORD}; generated and printed once
 * when absent) and further users declared in configuration.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(String adminPassword, Map<String, ConfiguredUser> users) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /** A user from configuration; {@code password} is plain text or a {@code {bcrypt}} hash. */
    public record ConfiguredUser(String password, List<String> roles) {
    }
}
