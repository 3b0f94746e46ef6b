package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.RecordPostingCommand;
import com.loyaltyledger.api.account.ReversePostingCommand;
import com.loyaltyledger.api.account.SetBalanceCommand;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.RequestMetadata;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Postings on one account, each under a transaction id: a repeat answers as the first request was answered. */
@RestController
@RequestMapping("/api/v1")
class PostingController {

    private static final Map<String, PostingKind> KINDS = Map.of("deposit", PostingKind.DEPOSIT,
            "withdraw", PostingKind.WITHDRAWAL, "accrue", PostingKind.BONUS_ACCRUAL,
            "redeem", PostingKind.BONUS_REDEMPTION);

    private final LedgerGateway ledger;
    private final LedgerResponses money;

    PostingController(LedgerGateway ledger, LedgerResponses money) {
        this.ledger = ledger;
        this.money = money;
    }

    record PostingRequest(String transactionId, JsonNode amount, String asset, String reason, Channel source,
                          String storeCode) {
    }

    record SetBalanceRequest(String transactionId, JsonNode balance, String asset, String reason, Channel source,
                             String storeCode) {
    }

    record ReverseRequest(String transactionId, String reason) {
    }

    record PostingResponse(String transactionId, String accountId, PostingKind kind, Direction direction,
                           String amount, String asset, String balance, String available, boolean posted) {
    }

    /** {@code deposit}, {@code withdraw}, {@code accrue} and {@code redeem}: one amount, one account. */
    @PostMapping("/accounts/{id}/{action:deposit|withdraw|accrue|redeem}")
    PostingResponse post(@PathVariable String id, @PathVariable String action, @RequestBody PostingRequest body,
                         @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false) String key,
                         @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        PostingResult result = ledger.send(new RecordPostingCommand(id,
                LedgerRequests.transactionId(key, body.transactionId()), KINDS.get(action),
                LedgerRequests.amount(body.amount(), "amount"), body.asset(),
                LedgerRequests.context(body.reason(), body.source(), body.storeCode(), request)));
        return response(result);
    }

    @PostMapping("/accounts/{id}/set-balance")
    PostingResponse setBalance(@PathVariable String id, @RequestBody SetBalanceRequest body,
                               @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false) String key,
                               @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        PostingResult result = ledger.send(new SetBalanceCommand(id,
                LedgerRequests.transactionId(key, body.transactionId()),
                LedgerRequests.amount(body.balance(), "balance"), body.asset(),
                LedgerRequests.context(body.reason(), body.source(), body.storeCode(), request)));
        return response(result);
    }

    @PostMapping("/postings/{transactionId}/reverse")
    PostingResponse reverse(@PathVariable String transactionId, @RequestBody(required = false) ReverseRequest body,
                            @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false) String key,
                            @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        ReverseRequest reverse = body == null ? new ReverseRequest(null, null) : body;
        PostingResult result = ledger.send(new ReversePostingCommand(transactionId,
                LedgerRequests.transactionId(key, reverse.transactionId()),
                LedgerRequests.context(reverse.reason(), null, null, request)));
        return response(result);
    }

    PostingResponse response(PostingResult result) {
        return new PostingResponse(result.transactionId(), result.accountId(), result.kind(), result.direction(),
                money.money(result.amount(), result.asset()), result.asset(),
                money.money(result.balance(), result.asset()), money.money(result.available(), result.asset()),
                result.posted());
    }
}
