package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransferApiTest extends LedgerTest {

    private Api.Response transfer(String key, String source, String target, String amount) {
        return api.withHeader("Idempotency-Key", key).post("/api/v1/transfers",
                Map.of("sourceAccountId", source, "targetAccountId", target, "amount", amount, "reason", "gift"));
    }

    private JsonNode awaitTransfer(String transferId, String state) {
        eventually().until(() -> api.get("/api/v1/transfers/" + transferId).json().path("state").asString()
                .equals(state));
        return api.get("/api/v1/transfers/" + transferId).json();
    }

    @Test
    void transferLandsOnTheTarget() {
        String typeId = accountType("BONUS", "BONUS", "0", null);
        String source = account(typeId);
        post(source, "accrue", key(), "50.00");
        String target = account(typeId);
        String transferId = key();
        Api.Response started = transfer(transferId, source, target, "20.00");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("state").asString()).isEqualTo("PENDING");
        assertThat(started.json().path("sourceBalance").asString()).isEqualTo("30.00");
        assertThat(awaitTransfer(transferId, "COMPLETED").path("amount").asString()).isEqualTo("20.00");
        awaitAccount(target, "20.00");
        awaitAccount(source, "30.00");
        awaitCleanLedger();
    }

    @Test
    void transferWhoseCreditFailsLeavesBothBalancesAsTheyWere() {
        String typeId = accountType("BONUS", "BONUS", "0", null);
        String source = account(typeId);
        post(source, "accrue", key(), "50.00");
        String target = account(typeId);
        assertThat(api.post("/api/v1/accounts/" + target + "/close", null).status()).isEqualTo(204);
        String transferId = key();
        assertThat(transfer(transferId, source, target, "20.00").status()).isEqualTo(202);
        JsonNode failed = awaitTransfer(transferId, "FAILED");
        assertThat(failed.path("failureCode").asString()).isEqualTo("account.closed");
        awaitAccount(source, "50.00");
        assertThat(awaitAccount(target, "0.00").path("closed").asBoolean()).isTrue();
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + source).json().path("totalItems")
                .asInt() == 3);
        assertThat(api.get("/api/v1/journal?accountId=" + source + "&kind=TRANSFER_REFUND").json()
                .path("totalItems").asInt()).isEqualTo(1);
        awaitCleanLedger();
    }

    @Test
    void transferBetweenAssetsIsRefusedBeforeAnythingMoves() {
        String source = bonusAccountWith("10.00");
        String target = account(accountType("RUB", "DEPOSIT", "0", null));
        Api.Response refused = transfer(key(), source, target, "1.00");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("account.asset_mismatch");
        assertThat(transfer(key(), source, source, "1.00").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/transfers/" + key()).code()).isEqualTo("transfer.not_found");
    }
}
