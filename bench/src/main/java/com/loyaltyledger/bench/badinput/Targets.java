package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Http;
import com.loyaltyledger.bench.Programme;
import com.loyaltyledger.bench.Programme.Member;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the bad requests aim at, made through the API with good requests before any bad one is sent: a client
 * with a card, a bonus account with bonus and a receipt with a refunded line; a deleted client whose personal
 * data is erased; a blocked and an ownerless card; deposit accounts with money, none, closed and blocked; a
 * released hold, a reversed posting; an account at the largest balance; a user whose role may write nothing; a
 * user whose password is guessed at; a till and a revoked one.
 */
record Targets(String tag, String store, String clientId, String deletedClientId, String categoryId,
               String categoryName, String otherCategoryId, String groupId, String cardId, String cardNumber,
               String blockedCardId, String blockedCardNumber, String ownerlessCardId, String bonusTypeId,
               String depositTypeId, String bonusAccountId, String accountId, String accountNumber,
               String emptyAccountId, String closedAccountId, String blockedAccountId, String releasedHoldId,
               String reversedPostingId, String receiptId, String analyst, String fullAccountId, String guessed,
               String tillName, String tillId, String revokedTillId) {

    /** The largest balance an account holds: 10^15 minor units at scale 2. */
    static final String MAX_BALANCE = "10000000000000.00";

    static final String ANALYST_PASSWORD = "drill-analyst-password";

    static Targets create(Http admin, String tag) throws IOException, InterruptedException {
        Programme programme = Programme.create(admin, tag);
        Member member = programme.register(0);
        Member leaving = programme.register(1);
        programme.awaitAccounts(2, Duration.ofMinutes(2));
        String bonusAccount = cardAccount(admin, member.clientId());
        posted(admin, "/api/v1/accounts/" + bonusAccount + "/accrue", tag + "-gift", Map.of("amount", "100.00"));
        String store = "DRILL-" + tag;
        String receipt = "R-" + tag;
        admin.post("/api/v1/purchases", Map.of("receiptId", receipt, "storeCode", store, "cashier", "drill",
                "cardNumber", member.cardNumber(), "total", "300.00", "lines", List.of(
                        Map.of("itemCode", "A", "name", "A", "quantity", "1", "price", "100.00", "amount", "100.00"),
                        Map.of("itemCode", "B", "name", "B", "quantity", "1", "price", "200.00", "amount", "200.00"))))
                .expectOk("purchase");
        admin.post("/api/v1/purchases/" + receipt + "/refund", Map.of("storeCode", store, "refundId", "F-" + tag,
                "lines", List.of(1))).expectOk("refund");
        admin.send("DELETE", "/api/v1/clients/" + leaving.clientId() + "?reason=left", null, null)
                .expectOk("client deletion");
        admin.post("/api/v1/clients/" + leaving.clientId() + "/erase-personal-data", null).expectOk("erasure");

        String blockedCard = card(admin, programme.groupId(), tag + "-BLOCKED");
        admin.post("/api/v1/cards/" + blockedCard + "/status", Map.of("status", "BLOCKED", "reason", "lost"))
                .expectOk("card block");
        String ownerlessCard = card(admin, programme.groupId(), tag + "-FREE");

        String depositType = admin.post("/api/v1/account-types", Map.of("name", "Drill deposits " + tag,
                "asset", "RUB", "kind", "DEPOSIT", "minimumBalance", "0")).expectOk("deposit type").json()
                .path("accountTypeId").asString();
        String account = account(admin, depositType, tag + "-MAIN");
        posted(admin, "/api/v1/accounts/" + account + "/deposit", tag + "-dep", Map.of("amount", "500.00"));
        posted(admin, "/api/v1/accounts/" + account + "/deposit", tag + "-dep2", Map.of("amount", "5.00"));
        posted(admin, "/api/v1/postings/" + tag + "-dep2/reverse", tag + "-rev", Map.of("reason", "mistake"));
        posted(admin, "/api/v1/accounts/" + account + "/holds", tag + "-hold", Map.of("amount", "10.00",
                "ttl", "PT1H"));
        admin.post("/api/v1/holds/" + tag + "-hold/release", Map.of()).expectOk("hold release");
        String empty = account(admin, depositType, tag + "-EMPTY");
        String closed = account(admin, depositType, tag + "-CLOSED");
        admin.post("/api/v1/accounts/" + closed + "/close", null).expectOk("account close");
        String blocked = account(admin, depositType, tag + "-BLOCKED");
        admin.post("/api/v1/accounts/" + blocked + "/block", Map.of("reason", "audit")).expectOk("account block");

        String full = account(admin, depositType, tag + "-FULL");
        posted(admin, "/api/v1/accounts/" + full + "/set-balance", tag + "-full", Map.of("balance", MAX_BALANCE));
        String analyst = "drill-analyst-" + tag;
        admin.post("/api/v1/users", Map.of("username", analyst, "password", ANALYST_PASSWORD,
                "roles", List.of("ANALYST"))).expectOk("analyst");
        // logged in once, its password is known good: once the drill's wrong passwords have used up this
        // address's login budget, only known-good logins still pass (and answer 403 for what they may not do)
        admin.as(analyst, ANALYST_PASSWORD).get("/api/v1/clients?size=1").expectOk("analyst login");
        // whose password the drill guesses at: it is locked out soon (429), the admin must not be
        String guessed = "drill-guessed-" + tag;
        admin.post("/api/v1/users", Map.of("username", guessed, "password", ANALYST_PASSWORD,
                "roles", List.of("ANALYST"))).expectOk("guessed user");
        String tillName = "drill-till-" + tag;
        String till = admin.post("/api/v1/tills", Map.of("name", tillName, "storeCode", store)).expectOk("till")
                .json().path("till").path("tillId").asString();
        String revokedTill = admin.post("/api/v1/tills", Map.of("name", tillName + "-old", "storeCode", store))
                .expectOk("another till").json().path("till").path("tillId").asString();
        admin.send("DELETE", "/api/v1/tills/" + revokedTill, null, null).expectOk("till revocation");
        String categoryName = admin.get("/api/v1/client-categories/" + programme.categoryIds().get(0))
                .expectOk("category").json().path("terms").path("name").asString();
        return new Targets(tag, store, member.clientId(), leaving.clientId(), programme.categoryIds().get(0),
                categoryName, programme.categoryIds().get(1), programme.groupId(), cardId(admin, member),
                member.cardNumber(), blockedCard, tag.toUpperCase() + "-BLOCKED", ownerlessCard,
                programme.accountTypeId(), depositType, bonusAccount, account, tag + "-MAIN", empty,
                closed, blocked, tag + "-hold", tag + "-dep2", receipt, analyst, full, guessed, tillName, till,
                revokedTill);
    }

    private static String cardAccount(Http admin, String clientId) throws IOException {
        return admin.get("/api/v1/clients/" + clientId + "/cards").expectOk("client's cards").json().path("items")
                .get(0).path("bonusAccountId").asString();
    }

    private static String cardId(Http admin, Member member) throws IOException {
        return admin.get("/api/v1/cards/by-number/" + member.cardNumber()).expectOk("card").json().path("id")
                .asString();
    }

    private static String card(Http admin, String group, String number) throws IOException {
        return admin.post("/api/v1/cards", Map.of("number", number, "groupId", group)).expectOk("card " + number)
                .json().path("cardId").asString();
    }

    private static String account(Http admin, String type, String number) throws IOException {
        return admin.post("/api/v1/accounts", Map.of("number", number, "name", number, "accountTypeId", type,
                "ownerType", "NONE")).expectOk("account " + number).json().path("accountId").asString();
    }

    private static void posted(Http admin, String path, String key, Map<String, Object> body) throws IOException {
        admin.withHeader("Idempotency-Key", key).post(path, body).expectOk(path);
    }
}
