package com.loyaltyledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates users with given roles through the users API, one fresh name each, for tests of access. */
public final class TestUsers {

    public static final String PASSWORD = "test-user-password";

    private TestUsers() {
    }

    /** A client logged in as a new user holding exactly these roles. */
    public static Api withRoles(Api admin, String... roles) {
        String username = "u-" + String.join("-", roles).toLowerCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8);
        Api.Response created = admin.post("/api/v1/users",
                Map.of("username", username, "password", PASSWORD, "roles", List.of(roles)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(username, PASSWORD);
    }
}
