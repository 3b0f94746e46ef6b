package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checked arithmetic: no posting, hold or transfer takes a balance past ±10^15 minor units (10,000,000,000,000.00),
 * the largest an account holds; the refusal is a 422 with a code and changes nothing.
 */
class BalanceLimitTest extends LedgerTest {

    private static final String MAX = "10000000000000.00";

    @Test
    void aPostingThatWouldPassTheLargestBalanceIsRefused() {
        String account = account(accountType("RUB", "DEPOSIT", "0", null));
        assertThat(api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + account + "/set-balance",
                Map.of("balance", MAX)).status()).isEqualTo(200);

        Api.Response deposit = posting(account, "deposit", key(), "0.01");
        assertThat(deposit.status()).isEqualTo(422);
        assertThat(deposit.code()).isEqualTo("account.balance_limit");
        assertThat(deposit.json().path("maxBalance").asString()).isEqualTo(MAX);

        String full = account(accountType("RUB", "DEPOSIT", "0", null));
        post(full, "deposit", key(), "1.00");
        Api.Response transfer = api.withHeader("Idempotency-Key", key()).post("/api/v1/transfers", Map.of(
                "sourceAccountId", full, "targetAccountId", account, "amount", "1.00"));
        assertThat(transfer.status()).isEqualTo(202);
        String id = transfer.json().path("transferId").asString();
        // the target refuses the credit: the saga brings the money back to the source
        eventually().untilAsserted(() -> assertThat(api.get("/api/v1/transfers/" + id).json()
                .path("failureCode").asString()).isEqualTo("account.balance_limit"));
        awaitAccount(full, "1.00");
        awaitAccount(account, MAX);
        awaitCleanLedger();
    }

    @Test
    void holdsNeverAddUpToMoreThanTheLargestBalance() {
        String credit = account(accountType("RUB", "CREDIT", "-10000000000000.00", null));
        Api.Response first = api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + credit + "/holds",
                Map.of("amount", MAX, "ttl", "PT1H"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Response more = api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + credit + "/holds",
                Map.of("amount", "0.01", "ttl", "PT1H"));
        assertThat(more.status()).isEqualTo(422);
        assertThat(more.code()).isIn("account.balance_limit", "account.insufficient_funds");
    }
}
