package com.loyaltyledger.infra.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in: creates {@code admin} at first start with the password from
 * {@code LEDGER_ADMIN_PASSWORD}, or a generated one printed once; keeps it in line with that variable when set;
 * and stores the users declared in configuration.
 */
@Component
class UserBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;

    UserBootstrap(UserAccounts accounts, PasswordEncoder encoder, SecurityProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = properties.adminPassword();
        if (configured != null && !configured.isBlank()) {
            accounts.save(ADMIN, encoder.encode(configured), Set.of(Role.ADMIN));
        } else if (accounts.find(ADMIN).isEmpty()) {
            String generated = generatePassword();
            accounts.save(ADMIN, encoder.encode(generated), Set.of(Role.ADMIN));
            // printed once: later starts find the user and keep its password
            log.warn("\n\n    Created user 'admin' with generated password: {}\n"
                    + "    Set LEDGER_ADMIN_PASSWORD to choose it yourself. It is not shown again.\n", generated);
        }
        properties.users().forEach((name, user) -> accounts.save(name,
                user.password().startsWith("{") ? user.password() : encoder.encode(user.password()),
                roles(name, user.roles())));
    }

    /** Roles of a user from configuration; a user without roles would be useless, a typo must not pass. */
    private static Set<Role> roles(String name, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalStateException("ledger.security.users." + name + ".roles is empty; give it roles from "
                    + Arrays.toString(Role.values()));
        }
        return names.stream().map(role -> {
            Role found = Role.valueOfOrNull(role.strip());
            if (found == null) {
                throw new IllegalStateException("ledger.security.users." + name + ".roles has unknown role " + role);
            }
            return found;
        }).collect(Collectors.toSet());
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
