package com.loyaltyledger.infra.card;

import static com.loyaltyledger.testing.HistoryEntries.eventTypes;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad card input gets a 4xx problem with a stable code and the offending field, and changes nothing. */
class CardApiRefusalsTest extends CardTestSupport {

    private String group;

    @BeforeEach
    void group() {
        group = createGroup();
    }

    private void assertProblem(Api.Response response, int status, String code, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        if (fields.length > 0) {
            assertThat(response.json().path("errors")).extracting(error -> error.path("field").asString())
                    .containsExactlyInAnyOrder(fields);
        }
    }

    private Api.Response issue(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("number", uniqueNumber("X"), "groupId", group));
        body.putAll(fields);
        return api.post("/api/v1/cards", body);
    }

    @Test
    void badIssuesNameTheirFields() {
        Map<String, Object> noNumber = new HashMap<>();
        noNumber.put("number", null);
        assertProblem(issue(noNumber), 400, "validation.failed", "number");
        assertProblem(issue(Map.of("number", "1".repeat(33))), 400, "validation.failed", "number");
        assertProblem(issue(Map.of("number", "12 34")), 400, "validation.failed", "number");
        assertProblem(issue(Map.of("groupId", " ")), 400, "validation.failed", "groupId");
        assertProblem(issue(Map.of("validFrom", "2026-06-01", "validTo", "2026-05-31", "multiplier", 0)), 400,
                "validation.failed", "validTo", "multiplier");
        assertProblem(issue(Map.of("multiplier", 1.23456)), 400, "validation.failed", "multiplier");
        assertProblem(issue(Map.of("multiplierFrom", "2026-01-01")), 400, "validation.failed", "multiplier");
        assertProblem(issue(Map.of("pin", "12ab")), 400, "validation.failed", "pin");
        assertProblem(issue(Map.of("pin", "123")), 400, "validation.failed", "pin");
    }

    @Test
    void wrongTypesUnknownFieldsAndMalformedBodiesAreRefused() {
        assertProblem(issue(Map.of("validFrom", "2026-13-01")), 400, "validation.failed", "validFrom");
        assertProblem(issue(Map.of("multiplier", "lots")), 400, "validation.failed", "multiplier");
        assertProblem(issue(Map.of("status", "BLOCKED")), 400, "validation.failed", "status");
        assertProblem(api.sendRaw("POST", "/api/v1/cards", "{\"number\": "), 400, "request.malformed");
        assertProblem(api.post("/api/v1/card-groups", Map.of("name", "X", "cardType", "PLATINUM")), 400,
                "validation.failed", "cardType");
        assertProblem(api.post("/api/v1/card-groups", Map.of("cardType", "BONUS", "defaultMultiplier", -1)), 400,
                "validation.failed", "name", "defaultMultiplier");
    }

    @Test
    void unknownGroupsClientsAndCardsAreRefused() {
        assertProblem(issue(Map.of("groupId", UUID.randomUUID().toString())), 422, "card.group_not_found");
        assertProblem(issue(Map.of("ownerId", UUID.randomUUID().toString())), 422, "card.client_not_found");
        String unknown = UUID.randomUUID().toString();
        assertProblem(api.get("/api/v1/cards/" + unknown), 404, "card.not_found");
        assertProblem(api.get("/api/v1/cards/by-number/NO-SUCH-" + unknown.substring(0, 8)), 404, "card.not_found");
        assertProblem(api.get("/api/v1/cards/" + unknown + "/history"), 404, "card.not_found");
        assertProblem(api.patch("/api/v1/cards/" + unknown, Map.of("homeStoreCode", "X")), 404, "card.not_found");
        assertProblem(api.post("/api/v1/cards/" + unknown + "/unlink", null), 404, "card.not_found");
        assertProblem(api.patch("/api/v1/card-groups/" + unknown, Map.of("name", "X")), 404, "card_group.not_found");
        assertProblem(api.get("/api/v1/clients/" + unknown + "/cards"), 404, "client.not_found");
    }

    @Test
    void linkingToADeletedClientIsRefused() {
        String card = issue(group, uniqueNumber("X"));
        String client = registerClient("Deleted");
        assertThat(api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);
        assertProblem(api.post("/api/v1/cards/" + card + "/link", Map.of("clientId", client)), 422,
                "card.client_deleted");
        assertProblem(api.post("/api/v1/cards/" + card + "/link", Map.of()), 400, "validation.failed", "clientId");
    }

    @Test
    void badChangesNameTheirFieldsAndChangeNothing() {
        String card = issue(group, uniqueNumber("X"), Map.of("validFrom", "2026-01-01"));
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("number", "1")), 400, "validation.failed", "number");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("ownerId", "x")), 400, "validation.failed",
                "ownerId");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("status", "BLOCKED")), 400, "validation.failed",
                "status");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("colour", "red")), 400, "validation.failed",
                "colour");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("validTo", "2025-12-31")), 400, "validation.failed",
                "validTo");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("validTo", 20251231)), 400, "validation.failed",
                "validTo");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("homeStoreCode", "S2", "pin", "x")), 400,
                "validation.failed", "pin");
        assertProblem(api.patch("/api/v1/cards/" + card, Map.of("pin", 1234)), 400, "validation.failed", "pin");
        assertProblem(api.post("/api/v1/cards/" + card + "/status", Map.of("reason", "x")), 400,
                "validation.failed", "status");
        assertProblem(api.post("/api/v1/cards/" + card + "/status", Map.of("status", "LOST")), 400,
                "validation.failed", "status");
        assertProblem(api.post("/api/v1/cards/" + card + "/status", Map.of("status", "BLOCKED")), 400,
                "validation.failed", "reason");

        List<JsonNode> history = awaitHistory("/api/v1/cards/" + card + "/history", 1);
        assertThat(eventTypes(history)).containsExactly("CardIssued");
        assertThat(awaitCard(card).path("homeStoreCode").isNull()).isTrue();
    }

    @Test
    void badListParametersAreRefused() {
        assertProblem(api.get("/api/v1/cards?status=LOST"), 400, "validation.failed", "status");
        assertProblem(api.get("/api/v1/cards?validOn=2026-02-30"), 400, "validation.failed", "validOn");
        assertProblem(api.get("/api/v1/cards?numberPrefix=a%20b"), 400, "validation.failed", "numberPrefix");
        assertProblem(api.get("/api/v1/cards?size=501"), 400, "validation.failed", "size");
        assertProblem(api.get("/api/v1/card-groups?page=-1"), 400, "validation.failed", "page");
        assertProblem(api.get("/api/v1/cards/by-number/a%20b"), 400, "validation.failed", "number");
    }
}
