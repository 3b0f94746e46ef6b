package com.loyaltyledger.infra.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JournalApiTest extends LedgerTest {

    @Test
    void everyPostingIsTwoLinesAgainstASystemAccount() {
        String accountId = bonusAccountWith("25.00");
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + accountId).json().path("totalItems")
                .asInt() == 1);
        JsonNode line = api.get("/api/v1/journal?accountId=" + accountId).json().path("items").get(0);
        assertThat(line.path("direction").asString()).isEqualTo("CREDIT");
        assertThat(line.path("amount").asString()).isEqualTo("25.00");
        assertThat(line.path("counterAccount").asString()).isEqualTo("system:BONUS_ISSUANCE:BONUS");
        assertThat(line.path("actor").asString()).isEqualTo("admin");
        JsonNode both = api.get("/api/v1/journal?size=500&from=" + line.path("occurredAt").asString()).json();
        assertThat(both.toString()).contains("\"accountId\":\"system:BONUS_ISSUANCE:BONUS\"");
    }

    @Test
    void turnoverAndBalanceAsOfComeFromTheJournal() {
        String accountId = bonusAccountWith("100.00");
        Instant between = awaitLines(accountId, 1);
        post(accountId, "redeem", key(), "30.00");
        post(accountId, "accrue", key(), "5.00");
        Instant after = awaitLines(accountId, 3);
        JsonNode turnover = api.get("/api/v1/accounts/" + accountId + "/turnover?from=" + between + "&to="
                + after.plusSeconds(1)).json();
        assertThat(turnover.path("opening").asString()).isEqualTo("100.00");
        assertThat(turnover.path("debits").asString()).isEqualTo("30.00");
        assertThat(turnover.path("credits").asString()).isEqualTo("5.00");
        assertThat(turnover.path("closing").asString()).isEqualTo("75.00");
        assertThat(api.get("/api/v1/accounts/" + accountId + "/balance?asOf=" + between).json().path("balance")
                .asString()).isEqualTo("100.00");
        assertThat(api.get("/api/v1/accounts/" + accountId + "/balance").json().path("balance").asString())
                .isEqualTo("75.00");
        assertThat(api.get("/api/v1/accounts/" + accountId + "/turnover?from=" + after + "&to=" + between).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/accounts/" + accountId + "/turnover?from=yesterday&to=" + after).json()
                .path("errors").toString()).contains("from");
    }

    @Test
    void journalIsFilteredByOwnerAndExportedAsCsv() {
        String clientId = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Csv"))
                .json().path("clientId").asString();
        String accountId = account(accountType("BONUS", "BONUS", "0", null),
                Map.of("ownerType", "CLIENT", "ownerId", clientId));
        post(accountId, "accrue", key(), "12.34");
        api.withHeader("Idempotency-Key", key()).post("/api/v1/accounts/" + accountId + "/redeem",
                Map.of("amount", "2.34", "reason", "coffee, large", "source", "POS", "storeCode", "S-1"));
        eventually().until(() -> api.get("/api/v1/journal?clientId=" + clientId).json().path("totalItems")
                .asInt() == 2);
        assertThat(api.get("/api/v1/journal?clientId=" + clientId + "&source=POS").json().path("totalItems")
                .asInt()).isEqualTo(1);
        Api.Response csv = api.get("/api/v1/journal?format=csv&clientId=" + clientId);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("lineId,occurredAt");
        assertThat(rows[2]).contains(",2.34,BONUS,BONUS_REDEMPTION,", "\"coffee, large\"", ",POS,S-1,admin,");
        assertThat(api.withHeader("Accept", "text/csv").get("/api/v1/journal?clientId=" + clientId).body())
                .isEqualTo(csv.body());
    }

    @Test
    void ledgerCheckIsCleanAndShowsPerAssetTotals() {
        bonusAccountWith("1.00");
        awaitCleanLedger();
        JsonNode check = api.get("/api/v1/ledger/check").json();
        assertThat(check.path("accountsChecked").asLong()).isPositive();
        assertThat(check.path("assets").toString()).contains("\"asset\":\"BONUS\"", "\"balanceSum\":\"0.00\"");
    }

    private Instant awaitLines(String accountId, int lines) {
        eventually().until(() -> api.get("/api/v1/journal?accountId=" + accountId).json().path("totalItems")
                .asInt() == lines);
        JsonNode items = api.get("/api/v1/journal?accountId=" + accountId).json().path("items");
        return Instant.parse(items.get(lines - 1).path("occurredAt").asString()).plusMillis(1);
    }
}
