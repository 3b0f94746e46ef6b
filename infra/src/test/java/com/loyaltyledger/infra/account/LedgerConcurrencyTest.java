package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many requests at once on one account: money is never created, lost or counted twice. */
class LedgerConcurrencyTest extends LedgerTest {

    private List<Api.Response> atOnce(int count, Callable<Api.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<Api.Response>> responses = IntStream.range(0, count)
                    .mapToObj(i -> threads.submit(() -> {
                        start.await();
                        return request.call();
                    })).toList();
            start.countDown();
            return responses.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void fiftyConcurrentRedemptionsOfTenFromAHundredLeaveExactlyTenSucceeded() throws Exception {
        String accountId = bonusAccountWith("100.00");
        List<Api.Response> responses = atOnce(50, () -> posting(accountId, "redeem", key(), "10.00"));
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString())
                .isIn(200, 422));
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(10);
        assertThat(responses).filteredOn(response -> response.status() == 422)
                .allSatisfy(response -> assertThat(response.code()).isEqualTo("account.insufficient_funds"));
        assertThat(awaitAccount(accountId, "0.00").path("available").asString()).isEqualTo("0.00");
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + accountId + "&kind=BONUS_REDEMPTION")
                .json().path("totalItems").asInt() == 10);
        awaitCleanLedger();
    }

    @Test
    void theSamePostingSentTwentyTimesAtOncePostsOnce() throws Exception {
        String accountId = bonusAccountWith("100.00");
        String key = key();
        List<Api.Response> responses = atOnce(20, () -> posting(accountId, "redeem", key, "10.00"));
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString())
                .isEqualTo(200));
        assertThat(responses).extracting(response -> response.json().path("balance").asString())
                .containsOnly("90.00");
        awaitAccount(accountId, "90.00");
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + accountId).json().path("totalItems")
                .asInt() == 2);
        assertThat(api.get("/api/v1/journal?accountId=" + accountId + "&kind=BONUS_REDEMPTION").json()
                .path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentReversalsOfOnePostingReverseItOnce() throws Exception {
        String accountId = bonusAccountWith("100.00");
        String redemption = key();
        post(accountId, "redeem", redemption, "40.00");
        List<Api.Response> responses = atOnce(10, () -> api.withHeader("Idempotency-Key", key())
                .post("/api/v1/postings/" + redemption + "/reverse", Map.of()));
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200)
                .allSatisfy(response -> assertThat(response.code()).as(response.toString())
                        .isIn("posting.already_reversed", "concurrent_modification"));
        awaitAccount(accountId, "100.00");
    }
}
