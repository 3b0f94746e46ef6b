package com.loyaltyledger.command.purchase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseRecordedEvent;
import com.loyaltyledger.api.purchase.PurchaseRefundedEvent;
import com.loyaltyledger.api.purchase.PurchaseResult;
import com.loyaltyledger.api.purchase.RefundResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One processed receipt: the answer the till got, and what of it was refunded since. It knows its lines, so a
 * line is never refunded twice, and what it spent and earned, so refunds undo exactly that and, together, never
 * more. Created and changed by {@link PurchaseHandler} in the unit of work that also posts to the account.
 * Receipts stay out of the aggregate cache: one is seldom touched again, and a cache full of them would push out
 * the clients and accounts every purchase needs.
 */
@Aggregate
public class Receipt {

    @AggregateIdentifier
    private String receiptKey;
    private PurchaseRecordedEvent purchase;
    private final TreeSet<Integer> refundedLines = new TreeSet<>();
    private final Map<String, PurchaseRefundedEvent> refunds = new HashMap<>();
    private BigDecimal refundedDue = BigDecimal.ZERO;
    private BigDecimal bonusReturned = BigDecimal.ZERO;
    private BigDecimal bonusTakenBack = BigDecimal.ZERO;

    /** For Axon, which rebuilds a receipt from its events, and for a receipt not yet recorded. */
    protected Receipt() {
    }

    /** Whether this receipt was processed: false for one just made by {@code loadOrCreate}. */
    boolean recorded() {
        return purchase != null;
    }

    void record(PurchaseRecordedEvent recorded) {
        apply(recorded);
    }

    /** The refund this receipt will make of these lines (all remaining ones when none are named). */
    record RefundPlan(List<Integer> lines, BigDecimal refundedDue, BigDecimal bonusReturned,
                      BigDecimal bonusTakenBack) {
    }

    String clientId() {
        return purchase.clientId();
    }

    String accountId() {
        return purchase.accountId();
    }

    /** The first answer again for a repeat of the same request; a different request with this receipt id is refused. */
    PurchaseResult answer(String requestHash) {
        if (!purchase.requestHash().equals(requestHash)) {
            throw new DomainException(LedgerError.KEY_REUSED, "Receipt " + purchase.receiptId() + " of store "
                    + purchase.storeCode() + " was already processed with different content",
                    Map.of("receiptId", purchase.receiptId(), "storeCode", purchase.storeCode()));
        }
        PurchaseRecordedEvent p = purchase;
        return new PurchaseResult(p.receiptId(), p.storeCode(), p.clientId(), p.cardId(), p.accountId(),
                p.discountPercent(), p.discountAmount(), p.bonusSpent(), p.amountPaid(), p.bonusPercent(),
                p.multiplier(), p.bonusEarned(), p.accrualRefusal(), p.balanceAfter(), p.availableAfter(),
                p.accumulatedAfter(), p.stepAfter());
    }

    /** The answer of an earlier refund with this id, if any; the same id for a different request is refused. */
    Optional<RefundResult> earlierRefund(String refundId, String requestHash) {
        PurchaseRefundedEvent earlier = refunds.get(refundId);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(requestHash)) {
            throw new DomainException(LedgerError.KEY_REUSED, "Refund " + refundId + " was already made of other "
                    + "lines", Map.of("refundId", refundId));
        }
        return Optional.of(result(earlier));
    }

    RefundPlan plan(List<Integer> requested, int currencyScale, int bonusScale) {
        int lineCount = purchase.lines().size();
        List<Integer> lines = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            for (int line = 1; line <= lineCount; line++) {
                if (!refundedLines.contains(line)) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                throw new DomainException(PurchaseError.ALREADY_REFUNDED, "Every line of receipt "
                        + purchase.receiptId() + " is refunded already");
            }
        } else {
            List<FieldError> errors = new ArrayList<>();
            for (Integer line : new TreeSet<>(requested)) {
                if (line == null || line < 1 || line > lineCount) {
                    errors.add(new FieldError("lines", "the receipt has lines 1 to " + lineCount + ", not " + line));
                } else if (refundedLines.contains(line)) {
                    throw new DomainException(PurchaseError.LINE_ALREADY_REFUNDED, "Line " + line + " of receipt "
                            + purchase.receiptId() + " is refunded already", Map.of("line", String.valueOf(line)));
                } else {
                    lines.add(line);
                }
            }
            if (!errors.isEmpty()) {
                throw new DomainException(CommonError.VALIDATION_FAILED, errors.getFirst().message(), errors,
                        Map.of());
            }
        }
        if (refundedLines.size() + lines.size() == lineCount) {
            // the last refund takes what is left, so that rounding never lets refunds undo more or less in total
            return new RefundPlan(lines, purchase.amountDue().subtract(refundedDue),
                    purchase.bonusSpent().subtract(bonusReturned), purchase.bonusEarned().subtract(bonusTakenBack));
        }
        BigDecimal share = lines.stream().map(line -> purchase.lines().get(line - 1).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole = purchase.total();
        return new RefundPlan(lines, PurchasePricing.part(purchase.amountDue(), share, whole, currencyScale),
                PurchasePricing.part(purchase.bonusSpent(), share, whole, bonusScale),
                PurchasePricing.part(purchase.bonusEarned(), share, whole, bonusScale));
    }

    void refund(PurchaseRefundedEvent refunded) {
        apply(refunded);
    }

    static RefundResult result(PurchaseRefundedEvent refund) {
        return new RefundResult(refund.receiptId(), refund.storeCode(), refund.refundId(), refund.lineNumbers(),
                refund.refundedAmount(), refund.bonusReturned(), refund.bonusTakenBack(), refund.balanceAfter(),
                refund.availableAfter());
    }

    @EventSourcingHandler
    void on(PurchaseRecordedEvent event) {
        receiptKey = event.receiptKey();
        purchase = event;
    }

    @EventSourcingHandler
    void on(PurchaseRefundedEvent event) {
        refundedLines.addAll(event.lineNumbers());
        refunds.put(event.refundId(), event);
        refundedDue = refundedDue.add(event.refundedAmount());
        bonusReturned = bonusReturned.add(event.bonusReturned());
        bonusTakenBack = bonusTakenBack.add(event.bonusTakenBack());
    }
}
