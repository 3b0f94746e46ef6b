package com.loyaltyledger.command.purchase;

import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseRefundedEvent;
import com.loyaltyledger.api.purchase.RefundPurchaseCommand;
import com.loyaltyledger.api.purchase.RefundResult;
import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.Outcome;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.common.RequestFingerprint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Refunds lines of a receipt: gives back the spent bonus and takes back the earned bonus in proportion to the
 * refunded lines' amounts (the last refund of a receipt takes exactly what is left), and takes their cost off the
 * client's accumulated total. Idempotent by refund id; a line is refunded at most once.
 */
public class RefundHandler {

    private final Repository<Receipt> receipts;
    private final LoyaltyParties parties;
    private final int currencyScale;

    public RefundHandler(Repository<Receipt> receipts, LoyaltyParties parties, int currencyScale) {
        this.receipts = receipts;
        this.parties = parties;
        this.currencyScale = currencyScale;
    }

    @CommandHandler
    public RefundResult handle(RefundPurchaseCommand command) {
        List<FieldError> errors = new ArrayList<>();
        PurchaseInputs.id(errors, "storeCode", command.storeCode());
        PurchaseInputs.id(errors, "receiptId", command.receiptId());
        PurchaseInputs.id(errors, "refundId", command.refundId());
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED, errors.getFirst().message(), errors, Map.of());
        }
        List<Integer> requested = command.lineNumbers() == null ? List.of() : command.lineNumbers();
        String hash = RequestFingerprint.of(command.storeCode(), command.receiptId(), command.refundId(),
                requested.stream().sorted().toList());
        Aggregate<Receipt> receipt = LoyaltyParties.load(receipts,
                ReceiptKeys.of(command.storeCode(), command.receiptId())).orElseThrow(() -> new DomainException(
                PurchaseError.NOT_FOUND, "Store " + command.storeCode() + " has no receipt " + command.receiptId(),
                Map.of("receiptId", command.receiptId(), "storeCode", command.storeCode())));
        Optional<RefundResult> earlier = receipt.invoke(r -> r.earlierRefund(command.refundId(), hash));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Aggregate<Client> client = parties.client(receipt.invoke(Receipt::clientId));
        Aggregate<Account> account = parties.account(receipt.invoke(Receipt::accountId)).orElseThrow(() ->
                new IllegalStateException("The account of receipt " + command.receiptId() + " is missing"));
        PostingContext context = new PostingContext("Refund " + command.refundId() + " of receipt "
                + command.receiptId(), Channel.POS, command.storeCode());
        LocalDate today = parties.today();
        String prefix = ReceiptKeys.of(command.storeCode(), command.receiptId());
        return account.invoke(bonusAccount -> {
            int scale = bonusAccount.scale();
            Receipt.RefundPlan plan = receipt.invoke(r -> r.plan(requested, currencyScale, scale));
            long returned = Amounts.any(plan.bonusReturned(), scale, "bonusReturned");
            long takenBack = Amounts.any(plan.bonusTakenBack(), scale, "bonusTakenBack");
            Outcome last = null;
            if (returned > 0) {
                last = bonusAccount.correctPurchase(prefix + ":" + command.refundId() + ":return", prefix + ":spend",
                        Direction.CREDIT, returned, context, today);
            }
            if (takenBack > 0) {
                last = bonusAccount.correctPurchase(prefix + ":" + command.refundId() + ":takeback",
                        prefix + ":earn", Direction.DEBIT, takenBack, context, today);
            }
            client.execute(c -> c.recordRefund(command.storeCode(), command.receiptId(), plan.refundedDue(),
                    parties.termsOf(c.details())));
            long balance = last == null ? bonusAccount.balanceForPurchase() : last.balance();
            long available = last == null ? bonusAccount.availableBalance() : last.available();
            PurchaseRefundedEvent refunded = new PurchaseRefundedEvent(prefix, command.storeCode(),
                    command.receiptId(), receipt.invoke(Receipt::clientId), receipt.invoke(Receipt::accountId),
                    command.refundId(), plan.lines(), plan.refundedDue(),
                    Amounts.decimal(returned, scale), Amounts.decimal(takenBack, scale),
                    Amounts.decimal(balance, scale), Amounts.decimal(available, scale), hash);
            receipt.execute(r -> r.refund(refunded));
            return Receipt.result(refunded);
        });
    }
}
