package com.loyaltyledger.infra.card;

import static com.loyaltyledger.testing.HistoryEntries.change;
import static com.loyaltyledger.testing.HistoryEntries.eventTypes;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A card's life over HTTP: issue, find, edit, PIN, status, link, relink, unlink, and its history. */
class CardApiTest extends CardTestSupport {

    @Test
    void aCardIsIssuedFoundByNumberAndEditedWithHistory() {
        String group = createGroup(Map.of("name", "Silver", "cardType", "BONUS", "defaultMultiplier", 1.5));
        String number = uniqueNumber("a-");
        Api.Response issued = api.post("/api/v1/cards", Map.of("number", " " + number + " ", "groupId", group,
                "validFrom", "2026-01-01", "homeStoreCode", "ST-01"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String id = issued.json().path("cardId").asString();
        String stored = number.toUpperCase();
        assertThat(issued.json().path("number").asString()).isEqualTo(stored);
        assertThat(issued.header("Location")).isEqualTo("/api/v1/cards/" + id);

        JsonNode card = awaitCard(id);
        assertThat(card.path("number").asString()).isEqualTo(stored);
        assertThat(card.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(card.path("ownerId").isNull()).isTrue();
        assertThat(card.path("pinSet").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/cards/by-number/" + number.toLowerCase()).json().path("id").asString())
                .isEqualTo(id);

        LocalDate today = LocalDate.now();
        assertThat(api.patch("/api/v1/cards/" + id, Map.of("validTo", "2030-12-31", "homeStoreCode", "ST-01",
                "multiplier", 3, "multiplierFrom", today.minusDays(1).toString(),
                "multiplierTo", today.plusDays(1).toString())).status()).isEqualTo(204);
        eventually().until(() -> "3".equals(api.get("/api/v1/cards/" + id).json().path("multiplier").asString()));
        card = api.get("/api/v1/cards/" + id).json();
        assertThat(card.path("validTo").asString()).isEqualTo("2030-12-31");
        assertThat(Api.decimal(card.path("currentMultiplier"))).isEqualByComparingTo("3");
        assertThat(card.path("groupName").asString()).isEqualTo("Silver");

        assertThat(api.patch("/api/v1/cards/" + id, Map.of("multiplierTo", today.minusDays(1).toString())).status())
                .isEqualTo(204);
        eventually().until(() -> Api.decimal(api.get("/api/v1/cards/" + id).json().path("currentMultiplier"))
                .compareTo(new BigDecimal("1.5")) == 0);

        List<JsonNode> history = awaitHistory("/api/v1/cards/" + id + "/history", 3);
        assertThat(eventTypes(history)).containsExactly("CardIssued", "CardDetailsChanged", "CardDetailsChanged");
        assertThat(change(history.getFirst(), "number")).containsEntry("new", stored);
        assertThat(history.get(1).path("changes")).extracting(change -> change.path("field").asString())
                .containsExactly("validTo", "multiplier", "multiplierFrom", "multiplierTo");
        assertThat(change(history.get(1), "validTo")).containsEntry("old", null).containsEntry("new", "2030-12-31");
        assertThat(change(history.get(2), "multiplierTo")).containsEntry("old", today.plusDays(1).toString());
        assertThat(history.get(1).path("actor").asString()).isEqualTo("admin");
    }

    @Test
    void thePinIsNeverShownStoredOrWrittenInTheHistory() throws SQLException {
        String pin = "90210537";
        String id = issue(createGroup(), uniqueNumber("PIN"), Map.of("pin", pin));
        assertThat(awaitCard(id).path("pinSet").asBoolean()).isTrue();
        assertThat(api.patch("/api/v1/cards/" + id, Map.of("pin", "31415926")).status()).isEqualTo(204);
        assertThat(api.patch("/api/v1/cards/" + id, Map.of("pin", "31415926")).status()).isEqualTo(204);

        List<JsonNode> history = awaitHistory("/api/v1/cards/" + id + "/history", 2);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("summary").asString()).isEqualTo("PIN changed");
        assertThat(change(history.getFirst(), "pinSet")).containsEntry("new", "true");
        String everything = api.get("/api/v1/cards/" + id).body() + api.get("/api/v1/cards/" + id + "/history").body()
                + String.join("", storedEventsOf(id));
        assertThat(everything).doesNotContain(pin).doesNotContain("31415926");

        Map<String, Object> removePin = new HashMap<>();
        removePin.put("pin", null);
        assertThat(api.patch("/api/v1/cards/" + id, removePin).status()).isEqualTo(204);
        eventually().until(() -> !api.get("/api/v1/cards/" + id).json().path("pinSet").asBoolean());
    }

    @Test
    void aSilentRelinkIsRefusedAConfirmedOneShowsInTheHistoriesOfTheCardAndBothClients() {
        String first = registerClient("First");
        String second = registerClient("Second");
        String number = uniqueNumber("L");
        String id = issue(createGroup(), number);
        assertThat(api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", first)).status()).isEqualTo(204);

        Api.Response refused = api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", second));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("card.owned_by_other_client");
        assertThat(refused.json().path("currentOwnerId").asString()).isEqualTo(first);
        assertThat(api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", second, "confirmRelink", false))
                .status()).isEqualTo(409);

        assertThat(api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", second, "confirmRelink", true))
                .status()).isEqualTo(204);
        eventually().until(() -> second.equals(api.get("/api/v1/cards/" + id).json().path("ownerId").asString()));

        List<JsonNode> cardHistory = awaitHistory("/api/v1/cards/" + id + "/history", 3);
        assertThat(eventTypes(cardHistory)).containsExactly("CardIssued", "CardLinked", "CardRelinked");
        assertThat(change(cardHistory.get(2), "ownerId")).containsEntry("old", first).containsEntry("new", second);
        List<JsonNode> firstHistory = awaitHistory("/api/v1/clients/" + first + "/history", 3);
        assertThat(eventTypes(firstHistory)).containsExactly("ClientRegistered", "CardLinked", "CardRelinked");
        assertThat(change(firstHistory.get(2), "card")).containsEntry("old", number).containsEntry("new", null);
        List<JsonNode> secondHistory = awaitHistory("/api/v1/clients/" + second + "/history", 2);
        assertThat(eventTypes(secondHistory)).containsExactly("ClientRegistered", "CardRelinked");
        assertThat(change(secondHistory.get(1), "card")).containsEntry("old", null).containsEntry("new", number);
        assertThat(secondHistory.get(1).path("summary").asString()).contains(first);

        eventually().until(() -> api.get("/api/v1/clients/" + second + "/cards").json().path("totalItems")
                .asInt() == 1);
        JsonNode clientCard = api.get("/api/v1/clients/" + second + "/cards").json().path("items").get(0);
        assertThat(clientCard.path("number").asString()).isEqualTo(number);
        assertThat(clientCard.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(clientCard.path("cardType").asString()).isEqualTo("BONUS");
        assertThat(api.get("/api/v1/clients/" + first + "/cards").json().path("totalItems").asInt()).isZero();
    }

    @Test
    void aBlockedCardCanBeEditedAndUnlinkedButNotLinkedUntilUnblockedWithAReason() {
        String owner = registerClient("Blocked");
        String id = issue(createGroup(), uniqueNumber("B"), Map.of("ownerId", owner));
        assertThat(api.post("/api/v1/cards/" + id + "/status", Map.of("status", "BLOCKED", "reason", "lost"))
                .status()).isEqualTo(204);
        assertThat(api.patch("/api/v1/cards/" + id, Map.of("validTo", "2031-01-31")).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/cards/" + id + "/unlink", null).status()).isEqualTo(204);

        Api.Response linkBlocked = api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", owner));
        assertThat(linkBlocked.status()).isEqualTo(409);
        assertThat(linkBlocked.code()).isEqualTo("card.blocked");
        Api.Response unlinkAgain = api.post("/api/v1/cards/" + id + "/unlink", null);
        assertThat(unlinkAgain.status()).isEqualTo(409);
        assertThat(unlinkAgain.code()).isEqualTo("card.not_linked");
        Api.Response noReason = api.post("/api/v1/cards/" + id + "/status", Map.of("status", "ACTIVE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

        assertThat(api.post("/api/v1/cards/" + id + "/status", Map.of("status", "ACCRUAL_ONLY", "reason", "found"))
                .status()).isEqualTo(204);
        assertThat(api.post("/api/v1/cards/" + id + "/link", Map.of("clientId", owner)).status()).isEqualTo(204);
        // the owner was the same before the unlink; the status only changed after it
        eventually().until(() -> {
            JsonNode projected = api.get("/api/v1/cards/" + id).json();
            return projected.path("status").asString().equals("ACCRUAL_ONLY")
                    && owner.equals(projected.path("ownerId").asString());
        });
        JsonNode card = api.get("/api/v1/cards/" + id).json();
        assertThat(card.path("statusReason").asString()).isEqualTo("found");
        assertThat(card.path("validTo").asString()).isEqualTo("2031-01-31");
        List<JsonNode> history = awaitHistory("/api/v1/cards/" + id + "/history", 7);
        assertThat(eventTypes(history)).containsExactly("CardIssued", "CardLinked", "CardStatusChanged",
                "CardDetailsChanged", "CardUnlinked", "CardStatusChanged", "CardLinked");
        assertThat(history.get(2).path("summary").asString()).isEqualTo("Status BLOCKED");
        assertThat(history.get(2).path("changes").toString()).contains("lost");
    }

    private static List<String> storedEventsOf(String aggregateId) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select payload, meta_data from domain_event_entry where aggregate_identifier = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    payloads.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                    payloads.add(new String(rows.getBytes(2), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(payloads).isNotEmpty();
        return payloads;
    }
}
