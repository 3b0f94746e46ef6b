package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.FindTransferQuery;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.TransferCommand;
import com.loyaltyledger.api.account.TransferResult;
import com.loyaltyledger.api.account.TransferState;
import com.loyaltyledger.api.account.TransferView;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.RequestMetadata;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Transfers answer 202 once the source is debited: the money is then in TRANSIT, and the saga lands it on the
 * target or brings it back. {@code GET /transfers/{id}} tells which.
 */
@RestController
@RequestMapping("/api/v1/transfers")
class TransferController {

    private final LedgerGateway ledger;
    private final LedgerResponses money;

    TransferController(LedgerGateway ledger, LedgerResponses money) {
        this.ledger = ledger;
        this.money = money;
    }

    record TransferRequest(String transactionId, String sourceAccountId, String targetAccountId, JsonNode amount,
                           String asset, String reason, Channel source, String storeCode) {
    }

    record TransferResponse(String transferId, TransferState state, String sourceAccountId, String targetAccountId,
                            String amount, String asset, String sourceBalance, String sourceAvailable) {
    }

    record TransferStatusResponse(String transferId, TransferState state, String sourceAccountId,
                                  String targetAccountId, String amount, String asset, String failureCode,
                                  Instant startedAt, Instant finishedAt) {
    }

    @PostMapping
    ResponseEntity<TransferResponse> transfer(@RequestBody TransferRequest body,
                                              @RequestHeader(name = LedgerRequests.IDEMPOTENCY_KEY, required = false)
                                              String key,
                                              @RequestAttribute(RequestMetadata.ATTRIBUTE) RequestMetadata request) {
        if (body.sourceAccountId() == null || body.sourceAccountId().isBlank()) {
            throw DomainException.invalidField("sourceAccountId",
                    "sourceAccountId is required");
        }
        TransferResult result = ledger.send(new TransferCommand(LedgerRequests.transactionId(key,
                body.transactionId()), body.sourceAccountId(), body.targetAccountId(),
                LedgerRequests.amount(body.amount(), "amount"), body.asset(),
                LedgerRequests.context(body.reason(), body.source(), body.storeCode(), request)));
        String asset = result.asset();
        return ResponseEntity.accepted().location(URI.create("/api/v1/transfers/" + result.transferId()))
                .body(new TransferResponse(result.transferId(), result.state(), result.sourceAccountId(),
                        result.targetAccountId(), money.money(result.amount(), asset), asset,
                        money.money(result.sourceBalance(), asset), money.money(result.sourceAvailable(), asset)));
    }

    @GetMapping("/{id}")
    TransferStatusResponse get(@PathVariable String id) {
        TransferView view = ledger.find(new FindTransferQuery(id), TransferView.class, LedgerError.TRANSFER_NOT_FOUND,
                "transfer " + id);
        return new TransferStatusResponse(view.transferId(), view.state(), view.sourceAccountId(),
                view.targetAccountId(), money.money(view.amount(), view.asset()), view.asset(), view.failureCode(),
                view.startedAt(), view.finishedAt());
    }
}
