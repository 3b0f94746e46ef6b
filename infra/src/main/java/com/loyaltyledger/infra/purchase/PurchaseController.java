package com.loyaltyledger.infra.purchase;

import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.client.ClientError;
import com.loyaltyledger.api.common.ErrorDetails;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.FindClientQuery;
import com.loyaltyledger.api.purchase.FindClientPurchasesQuery;
import com.loyaltyledger.api.purchase.FindPurchaseQuery;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseLine;
import com.loyaltyledger.api.purchase.PurchasePage;
import com.loyaltyledger.api.purchase.PurchaseResult;
import com.loyaltyledger.api.purchase.PurchaseView;
import com.loyaltyledger.api.purchase.RefundPurchaseCommand;
import com.loyaltyledger.api.purchase.RefundResult;
import com.loyaltyledger.infra.security.StoreAccess;
import com.loyaltyledger.infra.web.LedgerGateway;
import com.loyaltyledger.infra.web.Paging;
import com.loyaltyledger.infra.web.RequestParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What tills call: a receipt in, the discount, bonus spent and earned and the new balance out; refunds of whole
 * receipts or some lines. Both are idempotent (by store and receipt id, and by refund id), so a till that did not
 * hear the answer simply sends again.
 */
@RestController
class PurchaseController {

    private final LedgerGateway ledger;

    PurchaseController(LedgerGateway ledger) {
        this.ledger = ledger;
    }

    record LineRequest(String itemCode, String name, BigDecimal quantity, BigDecimal price, BigDecimal amount,
                       String itemGroup) {
    }

    /**
     * Either {@code cardNumber} or {@code clientId}; {@code time} defaults to now, {@code bonusToSpend} to 0;
     * {@code pin} is the card's PIN, needed to spend bonus with a card that has one.
     */
    record PurchaseRequest(String receiptId, String storeCode, String cashier, String cardNumber, String clientId,
                           Instant time, List<LineRequest> lines, BigDecimal total, BigDecimal bonusToSpend,
                           String pin) {

        /** Spring MVC logs request bodies at debug level; a PIN must not be in them. */
        @Override
        public String toString() {
            return "PurchaseRequest[receiptId=" + receiptId + ", storeCode=" + storeCode + "]";
        }
    }

    /** {@code lines} numbers lines from 1 in the receipt's order; absent or empty means all that are left. */
    record RefundRequest(String storeCode, String refundId, List<Integer> lines) {
    }

    @PostMapping("/api/v1/purchases")
    PurchaseResult purchase(@RequestBody PurchaseRequest request, Authentication caller) {
        Pin pin = request.pin() == null ? null : new Pin(request.pin());
        StoreAccess.requireStore(caller, request.storeCode());
        List<PurchaseLine> lines = request.lines() == null ? null : request.lines().stream()
                .map(line -> line == null ? null : new PurchaseLine(line.itemCode(), line.name(), line.quantity(),
                        line.price(), line.amount(), line.itemGroup()))
                .toList();
        Object answer = ledger.send(new ProcessPurchaseCommand(request.storeCode(), request.receiptId(),
                StoreAccess.cashier(caller, request.cashier()),
                RequestParams.text(request.cardNumber()), RequestParams.text(request.clientId()), request.time(),
                lines, request.total(), request.bonusToSpend(), pin));
        if (answer instanceof ErrorDetails refusal) {
            // a PIN refusal the card recorded: answered as any other refusal
            throw new CommandExecutionException(refusal.message(), null, refusal);
        }
        return (PurchaseResult) answer;
    }

    @PostMapping("/api/v1/purchases/{receiptId}/refund")
    RefundResult refund(@PathVariable String receiptId, @RequestBody RefundRequest request,
                        Authentication caller) {
        StoreAccess.requireStore(caller, request.storeCode());
        return ledger.send(new RefundPurchaseCommand(request.storeCode(), receiptId, request.refundId(),
                request.lines()));
    }

    @GetMapping("/api/v1/purchases/{receiptId}")
    PurchaseView get(@PathVariable String receiptId, @RequestParam String storeCode, Authentication caller) {
        StoreAccess.requireStore(caller, storeCode);
        return ledger.find(new FindPurchaseQuery(storeCode, receiptId), PurchaseView.class, PurchaseError.NOT_FOUND,
                "receipt " + receiptId + " of store " + storeCode);
    }

    @GetMapping("/api/v1/clients/{id}/purchases")
    PurchasePage ofClient(@PathVariable String id,
                          @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                          @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PurchasePage purchases = ledger.query(new FindClientPurchasesQuery(id, Paging.of(page, size)),
                PurchasePage.class);
        if (purchases.totalItems() == 0) {
            // an unknown client is a 404, a client without purchases an empty list
            ledger.find(new FindClientQuery(id), ClientView.class, ClientError.NOT_FOUND, "client " + id);
        }
        return purchases;
    }
}
