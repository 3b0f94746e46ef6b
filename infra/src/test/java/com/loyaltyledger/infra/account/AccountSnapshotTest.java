package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A hot account that falls out of the aggregate cache comes back from its snapshot, holds and all. */
class AccountSnapshotTest extends LedgerTest {

    @Autowired
    private Cache aggregateCache;

    @Test
    void accountEvictedFromTheCacheLoadsFromItsSnapshot() throws SQLException {
        String accountId = bonusAccountWith("1.00");
        for (int i = 0; i < 110; i++) {
            post(accountId, "accrue", key(), "1.00");
        }
        api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + accountId + "/holds",
                Map.of("amount", "0.25", "ttl", "PT1H"));
        if (TestDatabase.get().isPostgres()) {
            assertThat(snapshots(accountId)).isEqualTo(1);
        }
        aggregateCache.removeAll();
        JsonNode redeemed = post(accountId, "redeem", key(), "0.50");
        assertThat(redeemed.path("balance").asString()).isEqualTo("110.50");
        assertThat(redeemed.path("available").asString()).isEqualTo("110.25");
    }

    private static long snapshots(String accountId) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from snapshot_event_entry where aggregate_identifier = ?")) {
            statement.setString(1, accountId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
