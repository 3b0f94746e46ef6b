package com.loyaltyledger.bench.badinput;

import static com.loyaltyledger.bench.badinput.Field.Kind.AMOUNT;
import static com.loyaltyledger.bench.badinput.Field.Kind.BALANCE;
import static com.loyaltyledger.bench.badinput.Field.Kind.BOOLEAN;
import static com.loyaltyledger.bench.badinput.Field.Kind.DECIMAL;
import static com.loyaltyledger.bench.badinput.Field.Kind.DURATION;
import static com.loyaltyledger.bench.badinput.Field.Kind.ENUM;
import static com.loyaltyledger.bench.badinput.Field.Kind.INSTANT;
import static com.loyaltyledger.bench.badinput.Field.Kind.INTEGER_LIST;
import static com.loyaltyledger.bench.badinput.Field.Kind.OBJECT_LIST;
import static com.loyaltyledger.bench.badinput.Field.Kind.REFERENCE;
import static com.loyaltyledger.bench.badinput.Field.Kind.TEXT;
import static com.loyaltyledger.bench.badinput.Field.optional;
import static com.loyaltyledger.bench.badinput.Field.required;

import java.util.List;
import java.util.Map;

/** The write endpoints of the ledger and of purchases, aimed at the targets. */
final class LedgerCatalogue {

    private static final String POSTINGS = "/api/v1/accounts/{id}/{action}";

    private LedgerCatalogue() {
    }

    static List<Endpoint> of(Targets t) {
        String accounts = "/api/v1/accounts/";
        Map<String, Object> line = Map.of("itemCode", "A", "name", "A", "quantity", "1", "price", "100.00",
                "amount", "100.00");
        return List.of(
                Endpoint.of("POST", "/api/v1/account-types")
                        .body(Map.of("name", "Drill type", "asset", "RUB", "kind", "DEPOSIT", "minimumBalance", "0",
                                        "dailySpendLimit", "1000.00", "allowBelowMinimum", false),
                                required("name", TEXT), required("asset", ENUM), required("kind", ENUM),
                                optional("minimumBalance", BALANCE), optional("dailySpendLimit", AMOUNT),
                                optional("allowBelowMinimum", BOOLEAN))
                        .refusedFor("a credit limit on a deposit type", "/api/v1/account-types", Map.of("name", "D",
                                "asset", "RUB", "kind", "DEPOSIT", "minimumBalance", "-100.00"))
                        .build(),
                Endpoint.of("PUT", "/api/v1/account-types/{id}")
                        .path(id -> "/api/v1/account-types/" + id, t.depositTypeId())
                        .body(Map.of("name", "Drill deposits", "minimumBalance", "0", "allowBelowMinimum", false),
                                required("name", TEXT), optional("minimumBalance", BALANCE),
                                optional("dailySpendLimit", AMOUNT), optional("allowBelowMinimum", BOOLEAN))
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts")
                        .body(Map.of("number", "DRILL-ACC-" + t.tag(), "name", "Drill", "accountTypeId",
                                        t.depositTypeId(), "ownerType", "NONE"),
                                required("number", TEXT), optional("name", TEXT),
                                required("accountTypeId", REFERENCE), optional("ownerType", ENUM))
                        .refusedFor("a number taken", "/api/v1/accounts", Map.of("number", t.accountNumber(),
                                "accountTypeId", t.depositTypeId(), "ownerType", "NONE"))
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts/{id}/block").path(id -> accounts + id + "/block", t.accountId())
                        .body(Map.of("reason", "drill"), required("reason", TEXT))
                        .refusedFor("a blocked account", accounts + t.blockedAccountId() + "/block",
                                Map.of("reason", "again"))
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts/{id}/unblock")
                        .path(id -> accounts + id + "/unblock", t.accountId())
                        .refusedFor("an account that is not blocked", accounts + t.accountId() + "/unblock", null)
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts/{id}/close").path(id -> accounts + id + "/close", t.emptyAccountId())
                        .refusedFor("money on the account", accounts + t.accountId() + "/close", null)
                        .refusedFor("a closed account", accounts + t.closedAccountId() + "/close", null)
                        .build(),
                posting(t, "deposit", t.accountId(), "10.00")
                        .refusedFor("a closed account", accounts + t.closedAccountId() + "/deposit",
                                Map.of("amount", "1.00"))
                        .refusedFor("another asset", accounts + t.accountId() + "/deposit",
                                Map.of("amount", "1.00", "asset", "BONUS"))
                        .refusedFor("an action that does not exist", accounts + t.accountId() + "/steal",
                                Map.of("amount", "1.00"))
                        .refusedFor("a balance that would pass the largest an account holds",
                                accounts + t.fullAccountId() + "/deposit", Map.of("amount", "0.01"))
                        .build(),
                posting(t, "withdraw", t.accountId(), "10.00")
                        .refusedFor("more than the balance", accounts + t.accountId() + "/withdraw",
                                Map.of("amount", "100000.00"))
                        .refusedFor("an empty account", accounts + t.emptyAccountId() + "/withdraw",
                                Map.of("amount", "1.00"))
                        .refusedFor("a blocked account", accounts + t.blockedAccountId() + "/withdraw",
                                Map.of("amount", "1.00"))
                        .build(),
                posting(t, "accrue", t.bonusAccountId(), "5.00")
                        .refusedFor("an account of money, not bonus", accounts + t.accountId() + "/accrue",
                                Map.of("amount", "1.00"))
                        .build(),
                posting(t, "redeem", t.bonusAccountId(), "1.00")
                        .refusedFor("more than the balance", accounts + t.bonusAccountId() + "/redeem",
                                Map.of("amount", "100000.00"))
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts/{id}/set-balance")
                        .path(id -> accounts + id + "/set-balance", t.accountId()).keyed()
                        .body(Map.of("balance", "400.00", "reason", "count"), required("balance", BALANCE),
                                optional("reason", TEXT))
                        .refusedFor("below the minimum", accounts + t.accountId() + "/set-balance",
                                Map.of("balance", "-1.00"))
                        .build(),
                Endpoint.of("POST", "/api/v1/postings/{transactionId}/reverse")
                        .path(id -> "/api/v1/postings/" + id + "/reverse", t.tag() + "-dep").keyed()
                        .body(Map.of("reason", "drill"), optional("reason", TEXT))
                        .refusedFor("a posting already reversed", "/api/v1/postings/" + t.reversedPostingId()
                                + "/reverse", Map.of("reason", "again"))
                        .build(),
                Endpoint.of("POST", "/api/v1/accounts/{id}/holds").path(id -> accounts + id + "/holds", t.accountId())
                        .keyed()
                        .body(Map.of("amount", "10.00", "ttl", "PT15M", "reason", "order"), required("amount", AMOUNT),
                                optional("ttl", DURATION), optional("expiresAt", INSTANT), optional("reason", TEXT))
                        .refusedFor("more than is available", accounts + t.accountId() + "/holds",
                                Map.of("amount", "100000.00", "ttl", "PT15M"))
                        .refusedFor("a closed account", accounts + t.closedAccountId() + "/holds",
                                Map.of("amount", "1.00", "ttl", "PT15M"))
                        .refusedFor("an expiry in the past", accounts + t.accountId() + "/holds",
                                Map.of("amount", "1.00", "expiresAt", "2020-01-01T00:00:00Z"))
                        .build(),
                Endpoint.of("POST", "/api/v1/holds/{holdId}/capture")
                        .path(id -> "/api/v1/holds/" + id + "/capture", t.releasedHoldId())
                        .body(Map.of("amount", "1.00"), optional("amount", AMOUNT), optional("reason", TEXT))
                        .refusedFor("a released hold", "/api/v1/holds/" + t.releasedHoldId() + "/capture", Map.of())
                        .build(),
                Endpoint.of("POST", "/api/v1/holds/{holdId}/release")
                        .path(id -> "/api/v1/holds/" + id + "/release", t.releasedHoldId())
                        .body(Map.of("reason", "drill", "transactionId", "drill-release-" + t.tag()),
                                optional("reason", TEXT))
                        .refusedFor("a released hold, released again under another key",
                                "/api/v1/holds/" + t.releasedHoldId() + "/release",
                                Map.of("transactionId", "drill-release-again-" + t.tag()))
                        .build(),
                Endpoint.of("POST", "/api/v1/transfers").keyed()
                        .body(Map.of("sourceAccountId", t.accountId(), "targetAccountId", t.emptyAccountId(),
                                        "amount", "1.00", "reason", "drill"),
                                required("sourceAccountId", REFERENCE), required("targetAccountId", REFERENCE),
                                required("amount", AMOUNT), optional("reason", TEXT))
                        .refusedFor("one account on both sides", "/api/v1/transfers", Map.of("sourceAccountId",
                                t.accountId(), "targetAccountId", t.accountId(), "amount", "1.00"))
                        .refusedFor("another asset", "/api/v1/transfers", Map.of("sourceAccountId", t.accountId(),
                                "targetAccountId", t.bonusAccountId(), "amount", "1.00"))
                        .refusedFor("more than the balance", "/api/v1/transfers", Map.of("sourceAccountId",
                                t.accountId(), "targetAccountId", t.emptyAccountId(), "amount", "100000.00"))
                        .build(),
                Endpoint.of("POST", "/api/v1/purchases")
                        .body(Map.of("receiptId", "R-NEW-" + t.tag(), "storeCode", t.store(), "cashier", "drill",
                                        "cardNumber", t.cardNumber(), "total", "100.00", "lines", List.of(line),
                                        "bonusToSpend", "0"),
                                required("receiptId", TEXT), required("storeCode", TEXT), optional("cashier", TEXT),
                                required("cardNumber", REFERENCE), required("total", DECIMAL),
                                required("lines", OBJECT_LIST), optional("bonusToSpend", DECIMAL),
                                optional("time", INSTANT))
                        .refusedFor("a receipt id used for other content", "/api/v1/purchases", Map.of("receiptId",
                                t.receiptId(), "storeCode", t.store(), "cardNumber", t.cardNumber(), "total",
                                "100.00", "lines", List.of(line)))
                        .refusedFor("a blocked card", "/api/v1/purchases", Map.of("receiptId", "R-B-" + t.tag(),
                                "storeCode", t.store(), "cardNumber", t.blockedCardNumber(), "total", "100.00",
                                "lines", List.of(line)))
                        .refusedFor("a total that is not the lines' sum", "/api/v1/purchases", Map.of("receiptId",
                                "R-T-" + t.tag(), "storeCode", t.store(), "cardNumber", t.cardNumber(),
                                "total", "99.00", "lines", List.of(line)))
                        .build(),
                Endpoint.of("POST", "/api/v1/purchases/{receiptId}/refund")
                        .path(id -> "/api/v1/purchases/" + id + "/refund", t.receiptId())
                        .body(Map.of("storeCode", t.store(), "refundId", "F-NEW-" + t.tag(), "lines", List.of(2)),
                                required("storeCode", TEXT), required("refundId", TEXT),
                                optional("lines", INTEGER_LIST))
                        .refusedFor("a line already refunded", "/api/v1/purchases/" + t.receiptId() + "/refund",
                                Map.of("storeCode", t.store(), "refundId", "F-AGAIN-" + t.tag(), "lines", List.of(1)))
                        .refusedFor("a line the receipt does not have", "/api/v1/purchases/" + t.receiptId()
                                + "/refund", Map.of("storeCode", t.store(), "refundId", "F-99-" + t.tag(),
                                "lines", List.of(99)))
                        .build());
    }

    private static Endpoint.Builder posting(Targets t, String action, String account, String amount) {
        return Endpoint.of("POST", POSTINGS, "/api/v1/accounts/{id}/" + action)
                .path(id -> "/api/v1/accounts/" + id + "/" + action, account).keyed()
                .body(Map.of("amount", amount, "reason", "drill", "source", "BACK_OFFICE", "storeCode", "S1"),
                        required("amount", AMOUNT), optional("asset", ENUM), optional("reason", TEXT),
                        optional("source", ENUM), optional("storeCode", TEXT));
    }
}
