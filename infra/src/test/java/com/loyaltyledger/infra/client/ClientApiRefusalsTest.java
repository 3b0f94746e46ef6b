package com.loyaltyledger.infra.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 4xx problem with a stable code and the offending field, and changes nothing. */
class ClientApiRefusalsTest extends IntegrationTest {

    private static String field(Api.Response response) {
        JsonNode errors = response.json().path("errors");
        return errors.isEmpty() ? null : errors.get(0).path("field").asString();
    }

    private void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        if (field != null) {
            assertThat(field(response)).isEqualTo(field);
        }
    }

    @Test
    void unparsablePhoneIsA400NamingTheField() {
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A",
                "phones", List.of("+79132947302", "call me maybe"))), 400, "validation.failed", "phones[1]");
    }

    @Test
    void personWithoutFirstNameIsRefused() {
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "lastName", "Nobody")),
                400, "validation.failed", "firstName");
    }

    @Test
    void malformedEmailAndFutureBirthDateAreRefused() {
        Api.Response response = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A",
                "email", "not-an-email", "birthDate", "2999-01-01"));
        assertProblem(response, 400, "validation.failed", null);
        assertThat(response.json().path("errors")).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("email", "birthDate");
    }

    @Test
    void negativeChildrenAreRefused() {
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A", "childrenCount", -2)),
                400, "validation.failed", "childrenCount");
    }

    @Test
    void unknownFieldsAndWrongTypesAreRefused() {
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A", "shoeSize", 42)),
                400, "validation.failed", "shoeSize");
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A", "childrenCount", "two")),
                400, "validation.failed", "childrenCount");
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "ROBOT", "firstName", "A")),
                400, "validation.failed", "kind");
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A",
                "consents", Map.of("sms", "yes"))), 400, "validation.failed", "consents.sms");
        assertProblem(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "A",
                "consents", Map.of("telepathy", true))), 400, "validation.failed", "consents.telepathy");
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(api.sendRaw("POST", "/api/v1/clients", "{\"kind\": \"PERSON\", "), 400, "request.malformed",
                null);
        assertProblem(api.sendRaw("POST", "/api/v1/clients", "[1, 2]"), 400, "request.malformed", null);
        assertProblem(api.sendRaw("POST", "/api/v1/clients", ""), 400, "request.malformed", null);
    }

    @Test
    void kindCannotBeChangedAfterRegistration() {
        assertProblem(api.patch("/api/v1/clients/" + UUID.randomUUID(), Map.of("kind", "ORGANIZATION")),
                400, "validation.failed", "kind");
    }

    @Test
    void unknownClientIsA404() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(api.get("/api/v1/clients/" + unknown), 404, "client.not_found", null);
        assertProblem(api.patch("/api/v1/clients/" + unknown, Map.of("notes", "x")), 404, "client.not_found", null);
        assertProblem(api.post("/api/v1/clients/" + unknown + "/block", Map.of("reason", "x")), 404,
                "client.not_found", null);
        assertProblem(api.get("/api/v1/clients/" + unknown + "/history"), 404, "client.not_found", null);
    }

    @Test
    void blockNeedsAReason() {
        Api.Response registered = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "B"));
        String id = registered.json().path("clientId").asString();
        assertProblem(api.post("/api/v1/clients/" + id + "/block", Map.of()), 400, "validation.failed", "reason");
        assertProblem(api.post("/api/v1/clients/" + id + "/unblock", null), 409, "client.not_blocked", null);
    }

    @Test
    void badListParametersAreRefused() {
        assertProblem(api.get("/api/v1/clients?size=0"), 400, "validation.failed", "size");
        assertProblem(api.get("/api/v1/clients?size=100000"), 400, "validation.failed", "size");
        assertProblem(api.get("/api/v1/clients?page=-1"), 400, "validation.failed", "page");
        assertProblem(api.get("/api/v1/clients?page=abc"), 400, "validation.failed", "page");
        assertProblem(api.get("/api/v1/clients?sort=SHOE_SIZE"), 400, "validation.failed", "sort");
        assertProblem(api.get("/api/v1/clients?birthdayFrom=13-40&birthdayTo=01-01"), 400, "validation.failed",
                "birthdayFrom");
        assertProblem(api.get("/api/v1/clients?phone=abc"), 400, "validation.failed", "phone");
    }

    @Test
    void badHeadersAreRefusedBeforeAnythingHappens() {
        assertProblem(api.withHeader("X-Channel", "SYSTEM").post("/api/v1/clients",
                Map.of("kind", "PERSON", "firstName", "A")), 400, "validation.failed", "X-Channel");
        assertProblem(api.withHeader("X-Request-Id", "has spaces in it").get("/api/v1/clients"), 400,
                "validation.failed", "X-Request-Id");
    }

    @Test
    void everyRequestNeedsCredentials() {
        Api.Response anonymous = api.anonymous().get("/api/v1/clients");
        assertProblem(anonymous, 401, "auth.unauthenticated", null);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.as("admin", "wrong").get("/api/v1/clients"), 401, "auth.unauthenticated", null);
        assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(api.get("/api/v1/nothing-here"), 404, "resource.not_found", null);
        // under /api/ whatever has no access rule is for ADMIN only, unknown paths included
        assertProblem(TestUsers.withRoles(api, "OPERATOR").get("/api/v1/nothing-here"), 403, "access.denied", null);
        assertProblem(api.sendRaw("PUT", "/api/v1/clients", "{}"), 405, "request.method_not_allowed", null);
    }
}
