package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HoldAndReversalApiTest extends LedgerTest {

    private Api.Response hold(String accountId, String holdId, Map<String, Object> body) {
        return api.withHeader("Idempotency-Key", holdId).post("/api/v1/accounts/" + accountId + "/holds", body);
    }

    @Test
    void partOfAHoldIsCapturedAndTheRestReleased() {
        String accountId = bonusAccountWith("100.00");
        String holdId = key();
        Api.Response placed = hold(accountId, holdId, Map.of("amount", "30.00", "ttl", "PT10M", "reason", "order 7"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().path("holdId").asString()).isEqualTo(holdId);
        assertThat(placed.json().path("available").asString()).isEqualTo("70.00");
        assertThat(posting(accountId, "redeem", key(), "70.01").code()).isEqualTo("account.insufficient_funds");

        JsonNode captured = api.post("/api/v1/holds/" + holdId + "/capture", Map.of("amount", "12.00")).json();
        assertThat(captured.path("kind").asString()).isEqualTo("HOLD_CAPTURE");
        assertThat(captured.path("balance").asString()).isEqualTo("88.00");
        assertThat(captured.path("available").asString()).isEqualTo("88.00");
        assertThat(api.post("/api/v1/holds/" + holdId + "/capture", Map.of("amount", "12.00")).json())
                .as("a repeated capture answers the same").isEqualTo(captured);
        assertThat(api.post("/api/v1/holds/" + holdId + "/release", null).code()).isEqualTo("hold.not_active");
        JsonNode account = awaitAccount(accountId, "88.00");
        assertThat(account.path("held").asString()).isEqualTo("0.00");
        assertThat(account.path("holds")).isEmpty();
    }

    @Test
    void releasedHoldGivesItsAmountBack() {
        String accountId = bonusAccountWith("10.00");
        String holdId = key();
        hold(accountId, holdId, Map.of("amount", "4", "expiresAt", "2099-01-01T00:00:00Z"));
        eventually().until(() -> api.get("/api/v1/accounts/" + accountId).json().path("holds").size() == 1);
        assertThat(api.get("/api/v1/accounts/" + accountId).json().path("available").asString()).isEqualTo("6.00");
        assertThat(api.post("/api/v1/holds/" + holdId + "/release", Map.of("reason", "cancelled")).json()
                .path("available").asString()).isEqualTo("10.00");
        assertThat(api.post("/api/v1/holds/unknown/release", null).code()).isEqualTo("hold.not_found");
    }

    @Test
    void holdExpiresWhileTheApplicationRuns() {
        String accountId = bonusAccountWith("10.00");
        hold(accountId, key(), Map.of("amount", "4", "ttl", "PT1S"));
        eventually().until(() -> api.get("/api/v1/accounts/" + accountId).json().path("available").asString()
                .equals("10.00") && api.get("/api/v1/accounts/" + accountId).json().path("holds").isEmpty());
    }

    @Test
    void holdNeedsExactlyOneOfExpiresAtAndTtl() {
        String accountId = bonusAccountWith("10.00");
        Api.Response neither = hold(accountId, key(), Map.of("amount", "1"));
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().path("errors").toString()).contains("expiresAt");
        Api.Response badTtl = hold(accountId, key(), Map.of("amount", "1", "ttl", "soon"));
        assertThat(badTtl.status()).isEqualTo(400);
        assertThat(badTtl.json().path("errors").toString()).contains("\"field\":\"ttl\"");
    }

    @Test
    void aPostingIsReversedOnce() {
        String accountId = bonusAccountWith("50.00");
        String redemption = key();
        post(accountId, "redeem", redemption, "20.00");
        String reversalKey = key();
        Api.Response reversal = api.withHeader("Idempotency-Key", reversalKey)
                .post("/api/v1/postings/" + redemption + "/reverse", Map.of("reason", "wrong card"));
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(200);
        assertThat(reversal.json().path("kind").asString()).isEqualTo("REVERSAL");
        assertThat(reversal.json().path("balance").asString()).isEqualTo("50.00");
        assertThat(api.withHeader("Idempotency-Key", reversalKey).post("/api/v1/postings/" + redemption + "/reverse",
                Map.of("reason", "wrong card")).json()).isEqualTo(reversal.json());
        Api.Response again = api.withHeader("Idempotency-Key", key())
                .post("/api/v1/postings/" + redemption + "/reverse", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("posting.already_reversed");
        assertThat(api.withHeader("Idempotency-Key", key()).post("/api/v1/postings/" + key() + "/reverse", null)
                .code()).isEqualTo("posting.not_found");
        awaitAccount(accountId, "50.00");
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + accountId + "&kind=REVERSAL").json()
                .path("totalItems").asInt() == 1);
        JsonNode line = api.get("/api/v1/journal?accountId=" + accountId + "&kind=REVERSAL").json().path("items")
                .get(0);
        assertThat(line.path("reversalOf").asString()).isEqualTo(redemption);
        assertThat(line.path("counterAccount").asString()).isEqualTo("system:BONUS_REDEMPTION:BONUS");
    }
}
