package com.loyaltyledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tills log in with API keys bound to a store; tills and store-bound cashiers sell only there. */
class TillAccessTest extends IntegrationTest {

    private String store;
    private String cardNumber;
    private String cardId;
    private String clientId;

    @BeforeEach
    void aCardWithItsAccount() {
        store = "S" + UUID.randomUUID().toString().substring(0, 6);
        String type = api.post("/api/v1/account-types", Map.of("name", "Bonus " + UUID.randomUUID(), "asset", "BONUS",
                "kind", "BONUS", "minimumBalance", "0")).json().path("accountTypeId").asString();
        String group = api.post("/api/v1/card-groups", Map.of("name", "Till cards", "cardType", "BONUS",
                "bonusAccountTypeId", type)).json().path("cardGroupId").asString();
        clientId = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Shopper"))
                .json().path("clientId").asString();
        cardNumber = "55" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        cardId = api.post("/api/v1/cards", Map.of("number", cardNumber, "groupId", group, "ownerId", clientId))
                .json().path("cardId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + clientId + "/cards").json().path("items").path(0)
                .path("bonusAccountId").isString());
    }

    private Map<String, Object> receipt(String receiptId, String storeCode, String cashier) {
        Map<String, Object> receipt = new java.util.HashMap<>(Map.of("receiptId", receiptId, "storeCode", storeCode,
                "cardNumber", cardNumber, "total", "100.00", "lines", List.of(Map.of("itemCode", "A", "name", "Tea",
                        "quantity", "1", "price", "100.00", "amount", "100.00"))));
        if (cashier != null) {
            receipt.put("cashier", cashier);
        }
        return receipt;
    }

    @Test
    void aTillSellsInItsOwnStoreOnlyAndFindsCardsByNumberOnly() {
        String name = "till-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/tills", Map.of("name", name, "storeCode", store));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().path("key").asString();
        String tillId = created.json().path("till").path("tillId").asString();
        assertThat(key).startsWith("llt_").hasSizeGreaterThan(40);
        assertThat(api.get("/api/v1/tills/" + tillId).body()).doesNotContain(key).contains(store);
        assertThat(api.get("/api/v1/tills?size=500").body()).doesNotContain(key);
        assertThat(api.post("/api/v1/tills", Map.of("name", name, "storeCode", store)).code()).isEqualTo("till.exists");
        assertThat(api.post("/api/v1/tills", Map.of("name", "x y", "storeCode", "")).status()).isEqualTo(400);

        Api till = api.anonymous().withHeader("Authorization", "Till " + key).withHeader("X-Channel", "POS");
        Api.Response sold = till.post("/api/v1/purchases", receipt("T1", store, "Olga at till 3"));
        assertThat(sold.status()).as(sold.toString()).isEqualTo(200);
        Api.Response elsewhere = till.post("/api/v1/purchases", receipt("T2", "OTHER-" + store, null));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("purchase.store_not_allowed");
        assertThat(till.post("/api/v1/purchases/T1/refund", Map.of("storeCode", "OTHER-" + store, "refundId", "F1"))
                .code()).isEqualTo("purchase.store_not_allowed");
        eventually().until(() -> till.get("/api/v1/purchases/T1?storeCode=" + store).status() == 200);
        assertThat(till.get("/api/v1/purchases/T1?storeCode=" + store).json().path("cashier").asString())
                .isEqualTo("Olga at till 3");
        assertThat(till.get("/api/v1/purchases/T1?storeCode=OTHER").status()).isEqualTo(403);

        assertThat(till.get("/api/v1/cards/by-number/" + cardNumber).status()).isEqualTo(200);
        assertThat(till.get("/api/v1/cards?numberPrefix=55").status()).isEqualTo(403);
        assertThat(till.get("/api/v1/cards/" + cardId).status()).isEqualTo(403);
        assertThat(till.get("/api/v1/clients").status()).isEqualTo(403);

        eventually().until(() -> api.get("/api/v1/clients/" + clientId + "/history").body()
                .contains("ClientPurchaseRecorded"));
        List<String> purchasers = new java.util.ArrayList<>();
        for (JsonNode entry : api.get("/api/v1/clients/" + clientId + "/history").json().path("items")) {
            if (entry.path("eventType").asString().equals("ClientPurchaseRecorded")) {
                purchasers.add(entry.path("actor").asString());
            }
        }
        assertThat(purchasers).containsExactly("till:" + name);

        assertThat(api.delete("/api/v1/tills/" + tillId).status()).isEqualTo(204);
        Api.Response revoked = till.get("/api/v1/cards/by-number/" + cardNumber);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("auth.unauthenticated");
        assertThat(api.delete("/api/v1/tills/" + tillId).code()).isEqualTo("till.revoked");
        assertThat(api.get("/api/v1/tills/" + tillId).json().path("revokedBy").asString()).isEqualTo("admin");
        assertThat(api.anonymous().withHeader("Authorization", "Till llt_" + "A".repeat(43))
                .get("/api/v1/cards/by-number/" + cardNumber).status()).isEqualTo(401);
    }

    @Test
    void aCashierBoundToStoresSellsThereAsThemselves() {
        String name = "cashier-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.post("/api/v1/users", Map.of("username", name, "password", "a-long-password",
                "roles", List.of("CASHIER"), "storeCodes", List.of(store)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("storeCodes").get(0).asString()).isEqualTo(store);
        Api cashier = api.as(name, "a-long-password");
        assertThat(cashier.post("/api/v1/purchases", receipt("C1", "OTHER-" + store, null)).code())
                .isEqualTo("purchase.store_not_allowed");
        Api.Response posing = cashier.post("/api/v1/purchases", receipt("C2", store, "somebody-else"));
        assertThat(posing.status()).isEqualTo(400);
        assertThat(posing.json().path("errors").get(0).path("field").asString()).isEqualTo("cashier");
        assertThat(cashier.post("/api/v1/purchases", receipt("C3", store, null)).status()).isEqualTo(200);
        eventually().until(() -> cashier.get("/api/v1/purchases/C3?storeCode=" + store).status() == 200);
        assertThat(cashier.get("/api/v1/purchases/C3?storeCode=" + store).json().path("cashier").asString())
                .isEqualTo(name);
        assertThat(api.post("/api/v1/users", Map.of("username", name + "x", "password", "a-long-password",
                "roles", List.of("CASHIER"), "storeCodes", List.of("no spaces"))).status()).isEqualTo(400);
    }
}
