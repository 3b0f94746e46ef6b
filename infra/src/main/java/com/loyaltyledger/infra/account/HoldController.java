package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.CaptureHoldCommand;
import com.loyaltyledger.api.account.HoldResult;
import com.loyaltyledger.api.account.PlaceHoldCommand;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.ReleaseHoldCommand;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.RequestMetadata;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Holds: placed under a transaction id (which becomes the hold's id), then captured, released or left to expire.
 * Capture and release take an optional key of their own; without one the hold's id makes them idempotent.
 */
@RestController
@RequestMapping("/api/v1")
class HoldController {

    private final LedgerGateway ledger;
    private final LedgerResponses money;
    private final PostingController postings;

    HoldController(LedgerGateway ledger, LedgerResponses money, PostingController postings) {
        this.ledger = ledger;
        this.money = money;
        this.postings = postings;
    }

    /** {@code ttl} is an ISO-8601 duration such as {@code "PT15M"}; give it or {@code expiresAt}. */
    record HoldRequest(String transactionId, JsonNode amount, String asset, Instant expiresAt, Duration ttl,
                       String reason, Channel source, String storeCode) {
    }

    record CaptureRequest(String transactionId, JsonNode amount, String reason, Channel source, String storeCode) {
    }

    record ReleaseRequest(String transactionId, String reason) {
    }

    record HoldResponse(String holdId, String accountId, String amount, String asset, Instant expiresAt,
                        String balance, String available) {
    }

    @PostMapping("/accounts/{id}/holds")
    ResponseEntity<HoldResponse> place(@PathVariable String id, @RequestBody HoldRequest body,
                                       @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false)
                                       String key,
                                       @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        HoldResult result = ledger.send(new PlaceHoldCommand(id, LedgerRequests.transactionId(key,
                body.transactionId()), LedgerRequests.amount(body.amount(), "amount"), body.asset(), body.expiresAt(),
                body.ttl(), LedgerRequests.context(body.reason(), body.source(), body.storeCode(), request)));
        return ResponseEntity.created(URI.create("/api/v1/holds/" + result.holdId())).body(response(result));
    }

    @PostMapping("/holds/{holdId}/capture")
    PostingController.PostingResponse capture(@PathVariable String holdId,
                                              @RequestBody(required = false) CaptureRequest body,
                                              @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false)
                                              String key,
                                              @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        CaptureRequest capture = body == null ? new CaptureRequest(null, null, null, null, null) : body;
        PostingResult result = ledger.send(new CaptureHoldCommand(holdId,
                LedgerRequests.optionalTransactionId(key, capture.transactionId()),
                LedgerRequests.optionalAmount(capture.amount(), "amount"),
                LedgerRequests.context(capture.reason(), capture.source(), capture.storeCode(), request)));
        return postings.response(result);
    }

    @PostMapping("/holds/{holdId}/release")
    HoldResponse release(@PathVariable String holdId, @RequestBody(required = false) ReleaseRequest body,
                         @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false) String key,
                         @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        ReleaseRequest release = body == null ? new ReleaseRequest(null, null) : body;
        HoldResult result = ledger.send(new ReleaseHoldCommand(holdId,
                LedgerRequests.optionalTransactionId(key, release.transactionId()),
                LedgerRequests.context(release.reason(), null, null, request)));
        return response(result);
    }

    private HoldResponse response(HoldResult result) {
        return new HoldResponse(result.holdId(), result.accountId(), money.money(result.amount(), result.asset()),
                result.asset(), result.expiresAt(), money.money(result.balance(), result.asset()),
                money.money(result.available(), result.asset()));
    }
}
