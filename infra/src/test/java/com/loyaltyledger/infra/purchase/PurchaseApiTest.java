package com.loyaltyledger.infra.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A till's day on PostgreSQL: purchases that spend and earn, repeats, refunds, refusals, steps. */
class PurchaseApiTest extends IntegrationTest {

    private Api till;
    private String store;
    private String bonusType;
    private String group;

    @BeforeEach
    void programme() {
        till = TestUsers.withRoles(api, "CASHIER").withHeader("X-Channel", "POS");
        store = "S" + UUID.randomUUID().toString().substring(0, 6);
        bonusType = api.post("/api/v1/account-types", Map.of("name", "Bonus " + UUID.randomUUID(), "asset", "BONUS",
                "kind", "BONUS", "minimumBalance", "0")).json().path("accountTypeId").asString();
        group = api.post("/api/v1/card-groups", Map.of("name", "Bonus cards", "cardType", "BONUS",
                "bonusAccountTypeId", bonusType)).json().path("cardGroupId").asString();
    }

    /** A client in a new category (5% discount, 3% bonus, +1% / +0.5% per 1000.00) with an active card. */
    private Member member(String status) {
        String category = api.post("/api/v1/client-categories", Map.of("name", "Gold " + UUID.randomUUID(),
                "discountPercent", "5", "discountStepPercent", "1", "maxDiscountPercent", "10",
                "stepAmount", "1000.00", "bonusPercent", "3", "bonusStepPercent", "0.5", "maxBonusPercent", "4"))
                .json().path("id").asString();
        String client = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Buyer",
                "categoryId", category)).json().path("clientId").asString();
        String number = "77" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        Api.Response card = api.post("/api/v1/cards", Map.of("number", number, "groupId", group, "ownerId", client));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        String cardId = card.json().path("cardId").asString();
        if (!status.equals("ACTIVE")) {
            api.post("/api/v1/cards/" + cardId + "/status", Map.of("status", status, "reason", "test"));
        }
        eventually().until(() -> bonusAccountOf(client) != null);
        return new Member(client, number, bonusAccountOf(client));
    }

    private record Member(String clientId, String cardNumber, String accountId) {
    }

    /** The card's bonus account, once the account-opening policy has opened it and the list shows it. */
    private String bonusAccountOf(String client) {
        JsonNode items = api.get("/api/v1/clients/" + client + "/cards").json().path("items");
        return items.isEmpty() || items.get(0).path("bonusAccountId").isNull() ? null
                : items.get(0).path("bonusAccountId").asString();
    }

    private void accrue(Member member, String amount) {
        Api.Response accrued = api.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/accounts/" + member.accountId() + "/accrue", Map.of("amount", amount, "reason", "gift"));
        assertThat(accrued.status()).as(accrued.toString()).isEqualTo(200);
    }

    private Map<String, Object> receipt(Member member, String receiptId, String spend, String... amounts) {
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < amounts.length; i++) {
            lines.add(Map.of("itemCode", "I" + i, "name", "Item " + i, "quantity", "1", "price", amounts[i],
                    "amount", amounts[i], "itemGroup", "food"));
            total = total.add(new BigDecimal(amounts[i]));
        }
        return new HashMap<>(Map.of("receiptId", receiptId, "storeCode", store, "cashier", till.username(),
                "cardNumber", member.cardNumber(), "lines", lines, "total", total.toPlainString(),
                "bonusToSpend", spend));
    }

    @Test
    void aPurchaseSpendsAndEarnsAndTheLedgerStaysBalanced() {
        Member member = member("ACTIVE");
        accrue(member, "100.00");
        Api.Response response = till.post("/api/v1/purchases", receipt(member, "R1", "40.00", "600.00", "400.00"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("discountPercent").asString()).isEqualTo("5.00");
        assertThat(result.path("discountAmount").asString()).isEqualTo("50.00");
        assertThat(result.path("bonusSpent").asString()).isEqualTo("40.00");
        assertThat(result.path("amountPaid").asString()).isEqualTo("910.00");
        assertThat(result.path("bonusEarned").asString()).isEqualTo("27.30");
        assertThat(result.path("balance").asString()).isEqualTo("87.30");
        assertThat(result.path("step")).isNotNull();

        eventually().until(() -> api.get("/api/v1/clients/" + member.clientId() + "/purchases").json()
                .path("totalItems").asInt() == 1);
        JsonNode listed = api.get("/api/v1/clients/" + member.clientId() + "/purchases").json().path("items").get(0);
        assertThat(listed.path("lines")).hasSize(2);
        assertThat(listed.path("bonusEarned").asString()).isEqualTo("27.30");
        eventually().until(() -> "87.30".equals(api.get("/api/v1/clients/" + member.clientId() + "/cards").json()
                .path("items").get(0).path("bonusBalance").asString()));
        // the client list follows in its own processor, which may lag the purchase list's
        eventually().until(() -> api.get("/api/v1/clients/" + member.clientId()).json().path("purchases")
                .path("receipts").asInt() == 1);
        JsonNode stats = api.get("/api/v1/clients/" + member.clientId()).json().path("purchases");
        assertThat(stats.path("averageLines").asString()).isEqualTo("2.00");
        assertThat(stats.path("accumulatedTotal").asString()).isEqualTo("950.00");
        assertLedgerClean();
    }

    @Test
    void theSameReceiptSentTwiceAtOnceHasOneEffect() throws Exception {
        Member member = member("ACTIVE");
        accrue(member, "50.00");
        Map<String, Object> body = receipt(member, "R-TWICE", "50.00", "200.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit((Callable<Api.Response>) () -> till.post("/api/v1/purchases", body)));
            }
            List<String> answers = new ArrayList<>();
            for (Future<Api.Response> answer : sent) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
                answers.add(answer.get().body());
            }
            assertThat(answers.get(0)).isEqualTo(answers.get(1));
        } finally {
            pool.shutdown();
        }
        // 50 spent once, 3% of the 140 paid earned once
        eventually().until(() -> api.get("/api/v1/journal" + Api.query(Map.of("accountId", member.accountId())))
                .json().path("totalItems").asInt() >= 3);
        assertThat(api.get("/api/v1/journal" + Api.query(Map.of("accountId", member.accountId()))).json()
                .path("totalItems").asInt()).isEqualTo(3);
        eventually().until(() -> "4.20".equals(api.get("/api/v1/accounts/" + member.accountId()).json()
                .path("balance").asString()));
        Api.Response reused = till.post("/api/v1/purchases", receipt(member, "R-TWICE", "0", "999.00"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("idempotency.key_reused");
        assertLedgerClean();
    }

    /**
     * Purchases of different clients commit in any order, so the event stream has gaps that fill late; each
     * purchase must still count once in its client's statistics and history, also as of a moment.
     */
    @Test
    void purchasesOfManyClientsAtOnceEachCountOnceInStatisticsAndHistory() throws Exception {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(member("ACTIVE"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (Member member : members) {
                    String receiptId = "R-MANY-" + round + "-" + member.cardNumber();
                    sent.add(pool.submit((Callable<Api.Response>) () -> till.post("/api/v1/purchases",
                            receipt(member, receiptId, "0", "100.00"))));
                }
            }
            for (Future<Api.Response> answer : sent) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        for (Member member : members) {
            String client = "/api/v1/clients/" + member.clientId();
            eventually().until(() -> api.get(client + "/history?size=100").json().path("items").findValuesAsString(
                    "eventType").stream().filter("ClientPurchaseRecorded"::equals).count() == 6);
            eventually().until(() -> api.get(client).json().path("purchases").path("receipts").asInt() == 6);
            assertThat(api.get(client).json().path("purchases").path("total").asString())
                    .isEqualTo("570.00");
            assertThat(api.get(client + "?asOf=" + Instant.now()).json().path("purchases").path("receipts").asInt())
                    .isEqualTo(6);
        }
    }

    @Test
    void aPartialRefundUndoesItsShare() {
        Member member = member("ACTIVE");
        accrue(member, "100.00");
        till.post("/api/v1/purchases", receipt(member, "R-REF", "100.00", "300.00", "700.00"));
        Api.Response refund = till.post("/api/v1/purchases/R-REF/refund", Map.of("storeCode", store,
                "refundId", "F1", "lines", List.of(1)));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        // 30% of the 100.00 spent comes back, 30% of the 25.50 earned goes
        assertThat(refund.json().path("bonusReturned").asString()).isEqualTo("30.00");
        assertThat(refund.json().path("bonusTakenBack").asString()).isEqualTo("7.65");
        assertThat(refund.json().path("balance").asString()).isEqualTo("47.85");
        assertThat(till.post("/api/v1/purchases/R-REF/refund", Map.of("storeCode", store, "refundId", "F1",
                "lines", List.of(1))).json().path("balance").asString()).isEqualTo("47.85");
        assertThat(till.post("/api/v1/purchases/R-REF/refund", Map.of("storeCode", store, "refundId", "F2",
                "lines", List.of(1))).code()).isEqualTo("purchase.line_already_refunded");
        eventually().until(() -> api.get("/api/v1/purchases/R-REF?storeCode=" + store).json().path("lines")
                .path(0).path("refunded").asBoolean());
        assertLedgerClean();
    }

    @Test
    void anAccrualOnlyCardCannotSpend() {
        Member member = member("ACCRUAL_ONLY");
        accrue(member, "10.00");
        Api.Response refused = till.post("/api/v1/purchases", receipt(member, "R-AO", "5.00", "100.00"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("purchase.payment_not_allowed");
        assertThat(till.post("/api/v1/purchases", receipt(member, "R-AO2", "0", "100.00")).json()
                .path("bonusEarned").asString()).isEqualTo("2.85");
    }

    @Test
    void aBlockedClientsCardIsRefusedAndNothingIsPosted() {
        Member member = member("ACTIVE");
        accrue(member, "10.00");
        api.post("/api/v1/clients/" + member.clientId() + "/block", Map.of("reason", "fraud"));
        Api.Response refused = till.post("/api/v1/purchases", receipt(member, "R-BL", "5.00", "100.00"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("purchase.client_blocked");
        api.post("/api/v1/clients/" + member.clientId() + "/unblock", null);
        // the refused purchase spent nothing: all 10.00 are still there to spend
        assertThat(till.post("/api/v1/purchases", receipt(member, "R-BL", "10.00", "100.00")).json()
                .path("bonusSpent").asString()).isEqualTo("10.00");
    }

    @Test
    void crossingAStepRaisesTheNextPurchasesPercents() {
        Member member = member("ACTIVE");
        JsonNode first = till.post("/api/v1/purchases", receipt(member, "R-S1", "0", "1200.00")).json();
        assertThat(first.path("bonusPercent").asString()).isEqualTo("3.00");
        assertThat(first.path("step").asInt()).isEqualTo(1);
        JsonNode second = till.post("/api/v1/purchases", receipt(member, "R-S2", "0", "100.00")).json();
        assertThat(second.path("discountPercent").asString()).isEqualTo("6.00");
        assertThat(second.path("bonusPercent").asString()).isEqualTo("3.50");
        eventually().until(() -> api.get("/api/v1/clients" + Api.query(Map.of("receiptsFrom", 2,
                "accumulatedFrom", "1000", "name", "Buyer"))).json().path("items").toString()
                .contains(member.clientId()));
    }

    @Test
    void badReceiptsAreRefusedNamingTheField() {
        Member member = member("ACTIVE");
        Map<String, Object> wrongTotal = receipt(member, "R-BAD", "0", "10.00");
        wrongTotal.put("total", "11.00");
        Api.Response refused = till.post("/api/v1/purchases", wrongTotal);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("total");
        Map<String, Object> overScale = receipt(member, "R-BAD2", "0.001", "10.00");
        assertThat(till.post("/api/v1/purchases", overScale).json().path("errors").get(0).path("field").asString())
                .isEqualTo("bonusToSpend");
        assertThat(api.as("nobody", "x").post("/api/v1/purchases", overScale).status()).isEqualTo(401);
        assertThat(TestUsers.withRoles(api, "ANALYST").post("/api/v1/purchases", overScale).status())
                .isEqualTo(403);
    }

    private void assertLedgerClean() {
        Api auditor = TestUsers.withRoles(api, "AUDITOR");
        eventually().until(() -> auditor.get("/api/v1/ledger/check").json().path("clean").asBoolean());
    }
}
