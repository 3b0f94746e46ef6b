package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Shortcuts the ledger's integration tests share: types, accounts and postings with unique ids. */
abstract class LedgerTest extends IntegrationTest {

    static String key() {
        return UUID.randomUUID().toString();
    }

    String accountType(String asset, String kind, String minimumBalance, String dailySpendLimit) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Type " + key(), "asset", asset, "kind", kind,
                "minimumBalance", minimumBalance));
        if (dailySpendLimit != null) {
            body.put("dailySpendLimit", dailySpendLimit);
        }
        Api.Response created = api.post("/api/v1/account-types", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("accountTypeId").asString();
    }

    String account(String typeId) {
        return account(typeId, Map.of());
    }

    String account(String typeId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("number", "N" + key().substring(0, 18), "name", "Test",
                "accountTypeId", typeId));
        body.putAll(extra);
        Api.Response opened = api.post("/api/v1/accounts", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().path("accountId").asString();
    }

    /** A BONUS account (minimum 0, no cap) holding {@code balance}. */
    String bonusAccountWith(String balance) {
        String accountId = account(accountType("BONUS", "BONUS", "0", null));
        post(accountId, "accrue", key(), balance);
        return accountId;
    }

    JsonNode post(String accountId, String action, String key, String amount) {
        Api.Response response = posting(accountId, action, key, amount);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    Api.Response posting(String accountId, String action, String key, String amount) {
        return api.withHeader("Idempotency-Key", key)
                .post("/api/v1/accounts/" + accountId + "/" + action, Map.of("amount", amount));
    }

    JsonNode awaitAccount(String accountId, String balance) {
        eventually().until(() -> api.get("/api/v1/accounts/" + accountId).json().path("balance").asString()
                .equals(balance));
        return api.get("/api/v1/accounts/" + accountId).json();
    }

    void awaitCleanLedger() {
        eventually().untilAsserted(() -> {
            JsonNode check = api.get("/api/v1/ledger/check").json();
            assertThat(check.path("discrepancies").toString()).isEqualTo("[]");
            assertThat(check.path("clean").asBoolean()).isTrue();
        });
    }
}
