package com.loyaltyledger.infra.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many tills issuing one card number at the same moment get exactly one card between them. */
class CardNumberConcurrencyTest extends CardTestSupport {

    private static final int THREADS = 20;

    @Test
    void concurrentIssuesOfOneNumberMakeExactlyOneCardAndTheRestAreRefused() throws Exception {
        String group = createGroup();
        String number = uniqueNumber("C");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < THREADS; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/cards", Map.of("number", number, "groupId", group));
                }));
            }
            start.countDown();
        }
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> call : calls) {
            responses.add(call.get());
        }

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 201).hasSize(THREADS - 1)
                .allSatisfy(refused -> {
                    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
                    assertThat(refused.code()).isEqualTo("card.number_taken");
                    assertThat(refused.json().path("number").asString()).isEqualTo(number);
                });
        String cardId = responses.stream().filter(response -> response.status() == 201).findFirst().orElseThrow()
                .json().path("cardId").asString();

        eventually().until(() -> api.get("/api/v1/cards?numberPrefix=" + number).json().path("totalItems")
                .asInt() == 1);
        assertThat(ids(api.get("/api/v1/cards?numberPrefix=" + number).json(), "id")).containsExactly(cardId);
        assertThat(cardsIssuedWith(number)).isEqualTo(1);
    }

    /** Counted in the event store itself, not in a read model that could hide a second card. */
    private static int cardsIssuedWith(String number) throws SQLException {
        int count = 0;
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select payload from domain_event_entry where payload_type = ?")) {
            statement.setString(1, "com.loyaltyledger.api.card.CardIssuedEvent");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String payload = new String(rows.getBytes(1), StandardCharsets.UTF_8);
                    count += payload.contains("\"number\":\"" + number + "\"") ? 1 : 0;
                }
            }
        }
        return count;
    }
}
