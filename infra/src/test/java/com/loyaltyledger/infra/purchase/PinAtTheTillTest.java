package com.loyaltyledger.infra.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Spending bonus needs the card's PIN; wrong PINs are counted on the card and five lock spending. */
class PinAtTheTillTest extends IntegrationTest {

    private static final String PIN = "4815";

    private String bonusType;
    private String store;

    @BeforeEach
    void bonusType() {
        store = "P" + UUID.randomUUID().toString().substring(0, 6);
        bonusType = api.post("/api/v1/account-types", Map.of("name", "Bonus " + UUID.randomUUID(), "asset", "BONUS",
                "kind", "BONUS", "minimumBalance", "0")).json().path("accountTypeId").asString();
    }

    private record Card(String id, String number, String accountId) {
    }

    /** A card with {@code PIN} in a new group, its owner, and 100.00 bonus on its account. */
    private Card card(Map<String, Object> group) {
        Map<String, Object> body = new HashMap<>(group);
        body.put("name", "Cards " + UUID.randomUUID());
        body.put("cardType", "BONUS");
        body.put("bonusAccountTypeId", bonusType);
        String groupId = api.post("/api/v1/card-groups", body).json().path("cardGroupId").asString();
        String client = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Pinned"))
                .json().path("clientId").asString();
        String number = "44" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        String cardId = api.post("/api/v1/cards", Map.of("number", number, "groupId", groupId, "ownerId", client,
                "pin", PIN)).json().path("cardId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + client + "/cards").json().path("items").path(0)
                .path("bonusAccountId").isString());
        String account = api.get("/api/v1/clients/" + client + "/cards").json().path("items").get(0)
                .path("bonusAccountId").asString();
        assertThat(api.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/accounts/"
                + account + "/accrue", Map.of("amount", "100.00")).status()).isEqualTo(200);
        eventually().until(() -> "100.00".equals(api.get("/api/v1/accounts/" + account).json().path("balance")
                .asString()));
        return new Card(cardId, number, account);
    }

    private Api.Response buy(Card card, String receiptId, String spend, String pin) {
        Map<String, Object> receipt = new HashMap<>(Map.of("receiptId", receiptId, "storeCode", store,
                "cardNumber", card.number(), "total", "50.00", "bonusToSpend", spend,
                "lines", List.of(Map.of("itemCode", "A", "name", "Bread", "quantity", "1", "price", "50.00",
                        "amount", "50.00"))));
        if (pin != null) {
            receipt.put("pin", pin);
        }
        return api.post("/api/v1/purchases", receipt);
    }

    private String balance(Card card) {
        return api.get("/api/v1/accounts/" + card.accountId()).json().path("balance").asString();
    }

    @Test
    void fiveWrongPinsLockSpendingWhileAccrualNeedsNoPin() {
        Card card = card(Map.of());
        Api.Response missing = buy(card, "R0", "10.00", null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("card.pin_required");
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Response wrong = buy(card, "R" + attempt, "10.00", "0000");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.code()).isEqualTo("card.pin_invalid");
            assertThat(wrong.json().path("attemptsLeft").asString()).isEqualTo(String.valueOf(5 - attempt));
        }
        Api.Response locking = buy(card, "R5", "10.00", "0000");
        assertThat(locking.code()).isEqualTo("card.pin_locked");
        assertThat(locking.json().path("lockedUntil").asString()).isNotBlank();
        assertThat(buy(card, "R6", "10.00", PIN).code()).as("the right PIN, too late").isEqualTo("card.pin_locked");
        assertThat(balance(card)).isEqualTo("100.00");

        Api.Response accrual = buy(card, "R7", "0", null);
        assertThat(accrual.status()).as(accrual.toString()).isEqualTo(200);

        eventually().until(() -> api.get("/api/v1/cards/" + card.id()).json().path("pinLockedUntil").isString());
        eventually().until(() -> api.get("/api/v1/cards/" + card.id() + "/history?size=50").body()
                .contains("spending locked until"));
        JsonNode history = api.get("/api/v1/cards/" + card.id() + "/history?size=50").json().path("items");
        long wrongPins = 0;
        for (JsonNode entry : history) {
            wrongPins += entry.path("eventType").asString().equals("CardPinRejected") ? 1 : 0;
        }
        assertThat(wrongPins).isEqualTo(5);
    }

    @Test
    void theRightPinSpendsAndClearsTheCountAndARefusedReceiptMayBeSentAgain() {
        Card card = card(Map.of());
        assertThat(buy(card, "A1", "10.00", "1111").code()).isEqualTo("card.pin_invalid");
        assertThat(buy(card, "A1", "10.00", "2222").json().path("attemptsLeft").asString()).isEqualTo("3");
        Api.Response paid = buy(card, "A1", "10.00", PIN);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().path("bonusSpent").asString()).isEqualTo("10.00");
        assertThat(buy(card, "A2", "10.00", "3333").json().path("attemptsLeft").asString()).isEqualTo("4");
        eventually().until(() -> api.get("/api/v1/cards/" + card.id() + "/history?size=50").body()
                .contains("Right PIN at the till"));
    }

    @Test
    void concurrentWrongPinsAreCountedOnceEachAndLockAtFive() throws Exception {
        Card card = card(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                String receipt = "C" + i;
                answers.add(pool.submit(() -> buy(card, receipt, "10.00", "9999")));
            }
            int invalid = 0;
            int locked = 0;
            for (Future<Api.Response> answer : answers) {
                String code = answer.get().code();
                invalid += code.equals("card.pin_invalid") ? 1 : 0;
                locked += code.equals("card.pin_locked") ? 1 : 0;
            }
            assertThat(invalid).isEqualTo(4);
            assertThat(locked).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
        assertThat(balance(card)).isEqualTo("100.00");
    }

    @Test
    void aGroupMayLetItsCardsSpendWithoutThePin() {
        Card card = card(Map.of("pinRequiredToSpend", false));
        Api.Response paid = buy(card, "F1", "10.00", null);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().path("bonusSpent").asString()).isEqualTo("10.00");
        assertThat(api.get("/api/v1/card-groups?size=500").body()).contains("\"pinRequiredToSpend\":false");
    }
}
