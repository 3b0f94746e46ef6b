package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LedgerApiTest extends LedgerTest {

    @Test
    void assetsComeFromConfiguration() {
        assertThat(api.get("/api/v1/assets").json().toString())
                .contains("{\"code\":\"BONUS\",\"scale\":2}", "{\"code\":\"RUB\",\"scale\":2}");
    }

    @Test
    void accountTypeIsCreatedAndListedWithDecimalLimits() {
        String typeId = accountType("RUB", "CREDIT", "-1000.00", "250.5");
        eventually().until(() -> api.get("/api/v1/account-types/" + typeId).status() == 200);
        JsonNode type = api.get("/api/v1/account-types/" + typeId).json();
        assertThat(type.path("minimumBalance").asString()).isEqualTo("-1000.00");
        assertThat(type.path("dailySpendLimit").asString()).isEqualTo("250.50");
        assertThat(api.get("/api/v1/account-types").json().toString()).contains(typeId);
    }

    @Test
    void postingsMoveTheBalanceAndAnswerWithIt() {
        String accountId = account(accountType("RUB", "DEPOSIT", "0", null));
        JsonNode deposit = post(accountId, "deposit", key(), "100.00");
        assertThat(deposit.path("balance").asString()).isEqualTo("100.00");
        assertThat(deposit.path("direction").asString()).isEqualTo("CREDIT");
        JsonNode withdrawal = post(accountId, "withdraw", key(), "30.5");
        assertThat(withdrawal.path("amount").asString()).isEqualTo("30.50");
        assertThat(withdrawal.path("balance").asString()).isEqualTo("69.50");
        assertThat(withdrawal.path("available").asString()).isEqualTo("69.50");
        JsonNode set = api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + accountId
                + "/set-balance", Map.of("balance", "80.00", "reason", "stocktaking")).json();
        assertThat(set.path("kind").asString()).isEqualTo("ADJUSTMENT");
        assertThat(set.path("amount").asString()).isEqualTo("10.50");
        JsonNode account = awaitAccount(accountId, "80.00");
        assertThat(account.path("available").asString()).isEqualTo("80.00");
    }

    @Test
    void repeatingAPostingAnswersTheSameAndPostsOnce() {
        String accountId = bonusAccountWith("50.00");
        String key = key();
        JsonNode first = post(accountId, "redeem", key, "10.00");
        JsonNode again = post(accountId, "redeem", key, "10.00");
        assertThat(again).isEqualTo(first);
        Api.Response reused = posting(accountId, "redeem", key, "11.00");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("idempotency.key_reused");
        assertThat(awaitAccount(accountId, "40.00").path("balance").asString()).isEqualTo("40.00");
    }

    @Test
    void refusalsNameTheirCodeAndParameters() {
        String accountId = bonusAccountWith("5.00");
        Api.Response tooMuch = posting(accountId, "redeem", key(), "5.01");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("account.insufficient_funds");
        assertThat(tooMuch.json().path("available").asString()).isEqualTo("5.00");
        Api.Response wrongKind = posting(account(accountType("RUB", "DEPOSIT", "0", null)), "accrue", key(), "1");
        assertThat(wrongKind.code()).isEqualTo("account.kind_mismatch");
        Api.Response unknown = posting("no-such-account", "deposit", key(), "1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("account.not_found");
    }

    @Test
    void badAmountsAndKeysAreFieldErrors() {
        String accountId = bonusAccountWith("5.00");
        assertField(posting(accountId, "accrue", key(), "1.001"), "amount");
        assertField(posting(accountId, "accrue", key(), "0"), "amount");
        assertField(posting(accountId, "accrue", key(), "-1"), "amount");
        assertField(posting(accountId, "accrue", key(), "ten"), "amount");
        assertField(api.withHeader("Idempotency-Key", key()).sendRaw("POST", "/api/v1/accounts/" + accountId
                + "/accrue", "{\"amount\": 10.5}"), "amount");
        assertField(api.post("/api/v1/accounts/" + accountId + "/accrue", Map.of("amount", "1")), "Idempotency-Key");
        assertField(api.withHeader("Idempotency-Key", "a").post("/api/v1/accounts/" + accountId + "/accrue",
                Map.of("amount", "1", "transactionId", "b")), "Idempotency-Key");
        assertField(posting(accountId, "accrue", "bad:key", "1"), "Idempotency-Key");
        assertField(api.post("/api/v1/account-types", Map.of("name", "x", "asset", "EUR", "kind", "BONUS")),
                "asset");
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("errors").toString()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void accountNumbersAreUnique() {
        String typeId = accountType("BONUS", "BONUS", "0", null);
        String number = "U" + key().substring(0, 12);
        account(typeId, Map.of("number", number));
        Api.Response again = api.post("/api/v1/accounts", Map.of("number", number, "accountTypeId", typeId));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("account.number_taken");
    }

    @Test
    void clientAccountsAreListedWithTheirOwner() {
        String clientId = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Owner"))
                .json().path("clientId").asString();
        String accountId = account(accountType("BONUS", "BONUS", "0", null),
                Map.of("ownerType", "CLIENT", "ownerId", clientId));
        eventually().until(() -> api.get("/api/v1/clients/" + clientId + "/accounts").json().path("totalItems")
                .asInt() == 1);
        JsonNode listed = api.get("/api/v1/clients/" + clientId + "/accounts").json().path("items").get(0);
        assertThat(listed.path("id").asString()).isEqualTo(accountId);
        assertThat(listed.path("ownerType").asString()).isEqualTo("CLIENT");
        Api.Response unknownOwner = api.post("/api/v1/accounts", Map.of("number", "X" + key().substring(0, 12),
                "accountTypeId", accountType("BONUS", "BONUS", "0", null), "ownerType", "CLIENT", "ownerId", "nobody"));
        assertThat(unknownOwner.code()).isEqualTo("account.owner_not_found");
    }

    @Test
    void blockedAccountTakesNoDebitsAndClosesOnlyWhenEmpty() {
        String accountId = bonusAccountWith("5.00");
        assertThat(api.post("/api/v1/accounts/" + accountId + "/block", Map.of("reason", "fraud")).status())
                .isEqualTo(204);
        assertThat(posting(accountId, "redeem", key(), "1").code()).isEqualTo("account.blocked");
        assertThat(posting(accountId, "accrue", key(), "1").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/accounts/" + accountId + "/close", null).code()).isEqualTo("account.not_empty");
        api.post("/api/v1/accounts/" + accountId + "/unblock", null);
        post(accountId, "redeem", key(), "6.00");
        assertThat(api.post("/api/v1/accounts/" + accountId + "/close", Map.of("reason", "done")).status())
                .isEqualTo(204);
        eventually().until(() -> api.get("/api/v1/accounts/" + accountId + "/history").json().path("totalItems")
                .asInt() == 4);
        eventually().until(() -> api.get("/api/v1/accounts/" + accountId).json().path("closed").asBoolean());
    }
}
