package com.loyaltyledger.infra.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/** Groups, cards and clients made over the API, with data no other test uses. */
abstract class CardTestSupport extends IntegrationTest {

    /** A card number no other test uses, starting with {@code prefix}. */
    static String uniqueNumber(String prefix) {
        return prefix + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    String createGroup(Map<String, Object> body) {
        Api.Response response = api.post("/api/v1/card-groups", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("cardGroupId").asString();
    }

    String createGroup() {
        return createGroup(Map.of("name", "Bonus " + UUID.randomUUID(), "cardType", "BONUS"));
    }

    String issue(String groupId, String number, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("number", number);
        body.put("groupId", groupId);
        Api.Response response = api.post("/api/v1/cards", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("cardId").asString();
    }

    String issue(String groupId, String number) {
        return issue(groupId, number, Map.of());
    }

    String registerClient(String firstName) {
        Api.Response response = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", firstName,
                "lastName", "Card" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("clientId").asString();
    }

    JsonNode awaitCard(String cardId) {
        eventually().until(() -> api.get("/api/v1/cards/" + cardId).status() == 200);
        return api.get("/api/v1/cards/" + cardId).json();
    }

    /** The history at {@code path} once it has at least {@code entries} entries. */
    List<JsonNode> awaitHistory(String path, int entries) {
        eventually().until(() -> api.get(path).json().path("totalItems").asInt() >= entries);
        List<JsonNode> items = new ArrayList<>();
        api.get(path + "?size=100").json().path("items").forEach(items::add);
        return items;
    }

    static List<String> ids(JsonNode page, String idField) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path(idField).asString()));
        return ids;
    }
}
