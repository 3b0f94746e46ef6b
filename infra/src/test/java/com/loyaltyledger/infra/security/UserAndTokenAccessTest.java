package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestJwt;
import com.loyaltyledger.testing.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserAndTokenAccessTest extends IntegrationTest {

    @Test
    void adminManagesUsersWhoseRolesDecideWhatTheyMayDo() {
        String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/users",
                Map.of("username", name, "password", "a-long-password", "roles", List.of("ANALYST")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");
        Api clerk = api.as(name, "a-long-password");
        assertThat(clerk.get("/api/v1/clients").status()).isEqualTo(200);
        assertThat(clerk.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "X")).status())
                .isEqualTo(403);

        assertThat(api.patch("/api/v1/users/" + name, Map.of("roles", List.of("OPERATOR"))).status()).isEqualTo(200);
        assertThat(clerk.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "X")).status())
                .isEqualTo(201);

        assertThat(api.patch("/api/v1/users/" + name, Map.of("password", "another-long-password")).status())
                .isEqualTo(200);
        assertThat(clerk.get("/api/v1/clients").status()).isEqualTo(401);
        Api renewed = api.as(name, "another-long-password");
        assertThat(renewed.get("/api/v1/clients").status()).isEqualTo(200);

        assertThat(api.patch("/api/v1/users/" + name, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(renewed.get("/api/v1/clients").status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/users/" + name).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + name).code()).isEqualTo("user.not_found");
    }

    @Test
    void userInputIsValidated() {
        Api.Response duplicate = api.post("/api/v1/users",
                Map.of("username", "admin", "password", "a-long-password", "roles", List.of("ADMIN")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("user.exists");
        Api.Response shortPassword = api.post("/api/v1/users",
                Map.of("username", "shorty", "password", "short", "roles", List.of("ADMIN")));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        Api.Response unknownRole = api.post("/api/v1/users",
                Map.of("username", "someone", "password", "a-long-password", "roles", List.of("KING")));
        assertThat(unknownRole.status()).isEqualTo(400);
        Api.Response noRoles = api.post("/api/v1/users",
                Map.of("username", "someone", "password", "a-long-password", "roles", List.of()));
        assertThat(noRoles.json().path("errors").get(0).path("field").asString()).isEqualTo("roles");
    }

    @Test
    void theLastAdminCannotBeDemotedDisabledOrRemoved() {
        Api other = TestUsers.withRoles(api, "ADMIN");
        // with two admins one may go; make sure "admin" stays the only one that matters by removing the rest
        JsonNode users = api.get("/api/v1/users?size=500").json().path("items");
        for (JsonNode user : users) {
            String username = user.path("username").asString();
            if (!username.equals("admin") && user.path("roles").toString().contains("ADMIN")) {
                assertThat(api.delete("/api/v1/users/" + username).status()).isEqualTo(204);
            }
        }
        assertThat(other.get("/api/v1/users").status()).isEqualTo(401);
        Api.Response demoted = api.patch("/api/v1/users/admin", Map.of("roles", List.of("AUDITOR")));
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.code()).isEqualTo("user.last_admin");
        assertThat(api.patch("/api/v1/users/admin", Map.of("enabled", false)).code()).isEqualTo("user.last_admin");
        assertThat(api.delete("/api/v1/users/admin").code()).isEqualTo("user.last_admin");
        assertThat(api.get("/api/v1/users/admin").json().path("enabled").asBoolean()).isTrue();
    }

    @Test
    void bearerTokensCarryTheirRolesAndTheirUser() {
        Api operator = api.anonymous().withHeader("Authorization", "Bearer "
                + TestJwt.token("till-service", List.of("OPERATOR"), Instant.now().plusSeconds(300)));
        Api.Response registered = operator.withHeader("X-Request-Id", "jwt-" + UUID.randomUUID())
                .post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Token"));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + id + "/history").json().path("totalItems").asInt() == 1);
        assertThat(api.get("/api/v1/clients/" + id + "/history").json().path("items").get(0).path("actor").asString())
                .isEqualTo("till-service");

        Api analyst = api.anonymous().withHeader("Authorization", "Bearer "
                + TestJwt.token("report-service", List.of("ANALYST", "NOT_A_ROLE"), Instant.now().plusSeconds(300)));
        assertThat(analyst.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "X")).status())
                .isEqualTo(403);
        Api expired = api.anonymous().withHeader("Authorization", "Bearer "
                + TestJwt.token("late", List.of("ADMIN"), Instant.now().minusSeconds(60)));
        assertThat(expired.get("/api/v1/clients").status()).isEqualTo(401);
        Api forged = api.anonymous().withHeader("Authorization", "Bearer "
                + TestJwt.token("x", List.of("ADMIN"), Instant.now().plusSeconds(60)) + "x");
        assertThat(forged.get("/api/v1/clients").status()).isEqualTo(401);
    }

    @Test
    void tokensMustExpireComeFromTheIssuerForUsAndNotPoseAsSomeoneKnown() {
        assertThat(bearer(TestJwt.token(TestJwt.claims("service-a", List.of("ADMIN"))
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(60))).build()))).isEqualTo(200);
        assertThat(bearer(TestJwt.token(TestJwt.claims("forever", List.of("ADMIN")).build())))
                .as("no exp").isEqualTo(401);
        assertThat(bearer(TestJwt.token(TestJwt.claims("elsewhere", List.of("ADMIN")).issuer("https://evil.example")
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(60))).build()))).as("iss").isEqualTo(401);
        assertThat(bearer(TestJwt.token(TestJwt.claims("other-app", List.of("ADMIN")).audience("another-app")
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(60))).build()))).as("aud").isEqualTo(401);
        for (String reserved : List.of("system", "SYSTEM", "admin", "Admin", "till:front-1", "bad name")) {
            assertThat(bearer(TestJwt.token(reserved, List.of("ADMIN"), Instant.now().plusSeconds(60))))
                    .as(reserved).isEqualTo(401);
        }
    }

    private int bearer(String token) {
        return api.anonymous().withHeader("Authorization", "Bearer " + token).get("/api/v1/clients").status();
    }

    @Test
    void analystsSeeContactsPartlyHidden() {
        String mobile = String.format("%07d", new java.util.Random().nextInt(10_000_000));
        Api.Response registered = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Masked",
                "phones", List.of("+7913" + mobile), "email", "masked.person@example.com"));
        String id = registered.json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + id).status() == 200);
        Api analyst = TestUsers.withRoles(api, "ANALYST");
        JsonNode seen = analyst.get("/api/v1/clients/" + id).json();
        assertThat(seen.path("phones").get(0).asString()).isEqualTo("+7913*****" + mobile.substring(5));
        assertThat(seen.path("email").asString()).isEqualTo("m***@example.com");
        // searching by phone would give the hidden digits away one request at a time
        assertThat(analyst.get("/api/v1/clients?phone=%2B7913" + mobile).code())
                .isEqualTo("access.filter_not_allowed");
        JsonNode listed = analyst.get("/api/v1/clients?code=" + seen.path("code").asString()).json().path("items")
                .get(0);
        assertThat(listed.path("primaryPhone").asString()).doesNotContain(mobile.substring(0, 5));
        assertThat(listed.path("email").asString()).isEqualTo("m***@example.com");
        assertThat(api.get("/api/v1/clients/" + id).json().path("email").asString())
                .isEqualTo("masked.person@example.com");
    }
}
