package com.loyaltyledger.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.account.BlockAccountCommand;
import com.loyaltyledger.api.account.CloseAccountCommand;
import com.loyaltyledger.api.account.CompleteTransferCommand;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.HoldCapturedEvent;
import com.loyaltyledger.api.account.HoldExpiredEvent;
import com.loyaltyledger.api.account.HoldPlacedEvent;
import com.loyaltyledger.api.account.HoldReleasedEvent;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferCreditRefusedEvent;
import com.loyaltyledger.api.account.TransferCreditedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import com.loyaltyledger.api.account.UnblockAccountCommand;
import com.loyaltyledger.api.common.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A money or bonus account. Holds only what its rules need: balance, active holds, outgoing transfers not yet
 * settled and today's spending; never its postings, which would grow without bound. Postings reach it through
 * the ledger handlers ({@link PostingHandler}, {@link HoldHandler}, {@link TransferHandler}: idempotency first);
 * the posting methods check, then apply.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "accountSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Account extends AccountState {

    static final String HOLD_EXPIRY = "hold-expiry";

    protected Account() {
        // for Axon: rebuilt from events or a snapshot
    }

    /** Opening goes through {@link AccountOpeningHandler}, which takes the number first. */
    Account(OpenAccountCommand command, AccountTypeFacts type) {
        apply(new AccountOpenedEvent(command.accountId(), command.number(), command.name(), type.accountTypeId(),
                type.asset(), type.scale(), type.kind(), command.owner()));
    }

    public String accountTypeId() {
        return accountTypeId;
    }

    String asset() {
        return asset;
    }

    Outcome post(String transactionId, PostingKind postingKind, BigDecimal amount, String askedAsset,
                 PostingContext context, AccountTypeRules rules, LocalDate today) {
        requireAsset(askedAsset);
        long minor = Amounts.positive(amount, scale, "amount");
        if ((postingKind == PostingKind.BONUS_ACCRUAL || postingKind == PostingKind.BONUS_REDEMPTION)
                && kind != AccountKind.BONUS) {
            throw new DomainException(LedgerError.KIND_MISMATCH, "Bonus postings go to BONUS accounts only",
                    Map.of("accountKind", kind.name()));
        }
        return switch (postingKind) {
            case DEPOSIT, BONUS_ACCRUAL -> credit(transactionId, postingKind, minor, counterOf(postingKind), null,
                    context, today, null);
            case WITHDRAWAL, BONUS_REDEMPTION -> {
                requireDebitable(minor, rules, today, true);
                yield debit(transactionId, postingKind, minor, counterOf(postingKind), null, context, today, null);
            }
            default -> throw DomainException.invalidField("kind",
                    "kind must be DEPOSIT, WITHDRAWAL, BONUS_ACCRUAL or BONUS_REDEMPTION");
        };
    }

    Outcome setBalance(String transactionId, BigDecimal target, String askedAsset, PostingContext context,
                       AccountTypeRules rules, LocalDate today) {
        requireAsset(askedAsset);
        long difference = Math.subtractExact(Amounts.any(target, scale, "balance"), balance);
        if (difference > 0) {
            return credit(transactionId, PostingKind.ADJUSTMENT, difference, SystemAccount.ADJUSTMENT, null,
                    context, today, null);
        }
        if (difference < 0) {
            requireDebitable(-difference, rules, today, false);
            return debit(transactionId, PostingKind.ADJUSTMENT, -difference, SystemAccount.ADJUSTMENT, null,
                    context, today, null);
        }
        requireOpen();
        return new Outcome(accountId, false, PostingKind.ADJUSTMENT, null, 0, asset, null, balance, available(),
                null, null);
    }

    Outcome placeHold(String holdId, BigDecimal amount, String askedAsset, Instant expiresAt, PostingContext context,
                      AccountTypeRules rules, LocalDate today, DeadlineManager deadlines) {
        requireAsset(askedAsset);
        long minor = Amounts.positive(amount, scale, "amount");
        requireDebitable(minor, rules, today, true);
        if (Math.addExact(held, minor) > Amounts.MAX_BALANCE) {
            throw beyondLimit("The holds on account " + accountId + " would add up to more than");
        }
        deadlines.schedule(expiresAt, HOLD_EXPIRY, new HoldExpiry(holdId));
        apply(new HoldPlacedEvent(accountId, holdId, minor, asset, expiresAt, context.reason(), today,
                available() - minor));
        return new Outcome(accountId, false, null, null, minor, asset, null, balance, available(), expiresAt, null);
    }

    Outcome captureHold(String holdId, String transactionId, BigDecimal amount, PostingContext context,
                        LocalDate today) {
        Hold hold = activeHold(holdId);
        long captured = amount == null ? hold.amount() : Amounts.positive(amount, scale, "amount");
        if (captured > hold.amount()) {
            throw DomainException.invalidField("amount", "amount is more than the hold's "
                    + Amounts.format(hold.amount(), scale));
        }
        requireOpenAndUnblocked();
        long availableAfter = available() + hold.amount() - captured;
        apply(new HoldCapturedEvent(accountId, holdId, transactionId, captured, hold.amount() - captured,
                availableAfter));
        return debit(transactionId, PostingKind.HOLD_CAPTURE, captured, counterOf(PostingKind.HOLD_CAPTURE), null,
                context, today, null).withReference(holdId);
    }

    Outcome releaseHold(String holdId, PostingContext context) {
        Hold hold = activeHold(holdId);
        apply(new HoldReleasedEvent(accountId, holdId, hold.amount(), context.reason(),
                available() + hold.amount()));
        return new Outcome(accountId, false, null, null, hold.amount(), asset, null, balance, available(), null,
                holdId);
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void expire(HoldExpiry expiry) {
        Hold hold = holds.get(expiry.holdId());
        // a hold captured or released before its expiry leaves a deadline that finds nothing to do
        if (hold != null) {
            apply(new HoldExpiredEvent(accountId, expiry.holdId(), hold.amount(), available() + hold.amount()));
        }
    }

    Outcome transferOut(String transferId, String targetAccountId, BigDecimal amount, String askedAsset,
                        PostingContext context, AccountTypeRules rules, LocalDate today) {
        requireAsset(askedAsset);
        long minor = Amounts.positive(amount, scale, "amount");
        requireDebitable(minor, rules, today, true);
        Outcome outcome = debit(transferId, PostingKind.TRANSFER_OUT, minor, SystemAccount.TRANSIT, targetAccountId,
                context, today, null);
        apply(new TransferStartedEvent(transferId, accountId, targetAccountId, minor, asset, context));
        return outcome.withReference(targetAccountId);
    }

    /** Never refuses by throwing: a refusal is an event the transfer saga compensates for. */
    Outcome creditTransfer(String transactionId, String transferId, String sourceAccountId, long amount,
                           String sentAsset, PostingContext context, LocalDate today) {
        LedgerError refusal = closed ? LedgerError.CLOSED
                : blocked ? LedgerError.BLOCKED
                : !asset.equals(sentAsset) ? LedgerError.ASSET_MISMATCH
                : Math.addExact(balance, amount) > Amounts.MAX_BALANCE ? LedgerError.BALANCE_LIMIT
                : null;
        if (refusal != null) {
            apply(new TransferCreditRefusedEvent(transferId, accountId, sourceAccountId, refusal.code()));
            return new Outcome(accountId, false, PostingKind.TRANSFER_IN, null, 0, asset, null, balance,
                    available(), null, transferId);
        }
        Outcome outcome = credit(transactionId, PostingKind.TRANSFER_IN, amount, SystemAccount.TRANSIT,
                sourceAccountId, context, today, null);
        apply(new TransferCreditedEvent(transferId, accountId, sourceAccountId, amount));
        return outcome.withReference(transferId);
    }

    @CommandHandler
    public void handle(CompleteTransferCommand command) {
        PendingTransfer transfer = outgoingTransfers.get(command.transferId());
        if (transfer != null) {
            apply(new TransferCompletedEvent(command.transferId(), accountId, transfer.targetAccountId()));
        }
    }

    Outcome refundTransfer(String transactionId, String transferId, String failureCode, PostingContext context,
                           LocalDate today) {
        PendingTransfer transfer = outgoingTransfers.get(transferId);
        if (transfer == null) {
            throw new IllegalStateException("Transfer " + transferId + " is not pending on account " + accountId);
        }
        requireOpen();
        // money coming back is never refused: it may take the balance past the limit by the transfer's amount
        Outcome outcome = record(transactionId, PostingKind.TRANSFER_REFUND, Direction.CREDIT, transfer.amount(),
                SystemAccount.TRANSIT, transfer.targetAccountId(), context, today, null, false);
        apply(new TransferFailedEvent(transferId, accountId, transfer.targetAccountId(), failureCode));
        return outcome.withReference(transferId);
    }

    /** The opposite of {@code original} on this account; a debit must pass the same rules as any debit. */
    Outcome reverse(String transactionId, String originalId, Outcome original, PostingContext context,
                    AccountTypeRules rules, LocalDate today) {
        if (original.direction() == Direction.CREDIT) {
            requireDebitable(original.amount(), rules, today, false);
            return debit(transactionId, PostingKind.REVERSAL, original.amount(), original.counterAccount(), null,
                    context, today, originalId).withReference(originalId);
        }
        return credit(transactionId, PostingKind.REVERSAL, original.amount(), original.counterAccount(), null,
                context, today, originalId).withReference(originalId);
    }

    /** What a purchase may spend from this account now, in its minor units. */
    public long availableForPurchase() {
        requireBonus();
        return closed || blocked ? 0 : Math.max(0, available());
    }

    public int scale() {
        return scale;
    }

    public long balanceForPurchase() {
        return balance;
    }

    /** Balance minus holds, in minor units. */
    public long availableBalance() {
        return available();
    }

    /** Spends bonus on a purchase: a redemption that passes every debit rule (funds, block, daily cap). */
    public Outcome spendOnPurchase(String transactionId, long amount, PostingContext context, AccountTypeRules rules,
                                   LocalDate today) {
        requireBonus();
        requireDebitable(amount, rules, today, true);
        return debit(transactionId, PostingKind.BONUS_REDEMPTION, amount, SystemAccount.BONUS_REDEMPTION, null,
                context, today, null);
    }

    public Outcome earnOnPurchase(String transactionId, long amount, PostingContext context, LocalDate today) {
        requireBonus();
        return credit(transactionId, PostingKind.BONUS_ACCRUAL, amount, SystemAccount.BONUS_ISSUANCE, null, context,
                today, null);
    }

    /**
     * A refund's correction of a purchase posting: the opposite of part of it. A refund undoes a purchase that
     * happened, so it is posted whatever the balance or a block: taking back earned bonus the client has since
     * spent may leave the balance below the minimum.
     */
    public Outcome correctPurchase(String transactionId, String originalTransactionId, Direction direction,
                                   long amount, PostingContext context, LocalDate today) {
        requireBonus();
        requireOpen();
        SystemAccount counter = direction == Direction.CREDIT ? SystemAccount.BONUS_REDEMPTION
                : SystemAccount.BONUS_ISSUANCE;
        // a refund undoes what happened: like the minimum balance, the balance limit does not refuse it
        return record(transactionId, PostingKind.REVERSAL, direction, amount, counter, null, context, today,
                originalTransactionId, false).withReference(originalTransactionId);
    }

    private void requireBonus() {
        if (kind != AccountKind.BONUS) {
            throw new DomainException(LedgerError.KIND_MISMATCH, "Purchases spend and earn on BONUS accounts only",
                    Map.of("accountKind", kind.name()));
        }
    }

    @CommandHandler
    public void handle(BlockAccountCommand command) {
        requireOpen();
        if (blocked) {
            throw new DomainException(LedgerError.ALREADY_BLOCKED, "Account " + accountId + " is already blocked");
        }
        apply(new AccountBlockedEvent(accountId, AccountInputs.reason(command.reason(), true)));
    }

    @CommandHandler
    public void handle(UnblockAccountCommand command) {
        requireOpen();
        if (!blocked) {
            throw new DomainException(LedgerError.NOT_BLOCKED, "Account " + accountId + " is not blocked");
        }
        apply(new AccountUnblockedEvent(accountId, AccountInputs.reason(command.reason(), false)));
    }

    @CommandHandler
    public void handle(CloseAccountCommand command) {
        requireOpen();
        if (balance != 0 || !holds.isEmpty() || !outgoingTransfers.isEmpty()) {
            throw new DomainException(LedgerError.NOT_EMPTY, "Account " + accountId
                    + " can be closed only at zero balance with no holds and no transfer under way",
                    Map.of("balance", Amounts.format(balance, scale), "holds", String.valueOf(holds.size())));
        }
        apply(new AccountClosedEvent(accountId, AccountInputs.reason(command.reason(), false)));
    }

    private Outcome credit(String transactionId, PostingKind postingKind, long amount, SystemAccount counter,
                           String counterparty, PostingContext context, LocalDate today, String reversalOf) {
        requireOpen();
        return record(transactionId, postingKind, Direction.CREDIT, amount, counter, counterparty, context, today,
                reversalOf, true);
    }

    private Outcome debit(String transactionId, PostingKind postingKind, long amount, SystemAccount counter,
                          String counterparty, PostingContext context, LocalDate today, String reversalOf) {
        return record(transactionId, postingKind, Direction.DEBIT, amount, counter, counterparty, context, today,
                reversalOf, true);
    }

    /**
     * Records a posting. Its arithmetic is checked: within {@code limited} postings the balance stays within
     * ±{@link Amounts#MAX_BALANCE}; a compensation (money coming back) may pass the limit, never a long's range.
     */
    private Outcome record(String transactionId, PostingKind postingKind, Direction direction, long amount,
                           SystemAccount counter, String counterparty, PostingContext context, LocalDate today,
                           String reversalOf, boolean limited) {
        long balanceAfter = direction == Direction.CREDIT ? Math.addExact(balance, amount)
                : Math.subtractExact(balance, amount);
        if (limited && Math.abs(balanceAfter) > Amounts.MAX_BALANCE) {
            throw beyondLimit("The balance of account " + accountId + " would pass");
        }
        apply(new PostingRecordedEvent(accountId, transactionId, postingKind, direction, amount, asset, balanceAfter,
                Math.subtractExact(balanceAfter, held), counter, counterparty, context.reason(),
                context.source() == null ? null : context.source().name(), context.storeCode(), today,
                reversalOf));
        return new Outcome(accountId, true, postingKind, direction, amount, asset, counter, balance, available(),
                null, null);
    }

    private void requireDebitable(long amount, AccountTypeRules rules, LocalDate today, boolean spending) {
        requireOpenAndUnblocked();
        DebitRules.requireFunds(available(), amount, rules, scale);
        if (spending) {
            DebitRules.requireWithinDailyLimit(spentOn(today), amount, rules, scale);
        }
    }

    private DomainException beyondLimit(String what) {
        return new DomainException(LedgerError.BALANCE_LIMIT, what + " "
                + Amounts.format(Amounts.MAX_BALANCE, scale) + ", the most an account holds",
                Map.of("maxBalance", Amounts.format(Amounts.MAX_BALANCE, scale)));
    }

    private void requireOpenAndUnblocked() {
        requireOpen();
        if (blocked) {
            throw new DomainException(LedgerError.BLOCKED, "Account " + accountId + " is blocked: it takes no debits");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new DomainException(LedgerError.CLOSED, "Account " + accountId + " is closed");
        }
    }

    private void requireAsset(String askedAsset) {
        if (askedAsset != null && !askedAsset.equals(asset)) {
            throw new DomainException(LedgerError.ASSET_MISMATCH, "Account " + accountId + " keeps " + asset
                    + ", not " + askedAsset, Map.of("accountAsset", asset, "asset", askedAsset));
        }
    }

    private Hold activeHold(String holdId) {
        Hold hold = holds.get(holdId);
        if (hold == null) {
            throw new DomainException(LedgerError.HOLD_NOT_ACTIVE,
                    "Hold " + holdId + " was already captured, released or expired");
        }
        return hold;
    }

    private SystemAccount counterOf(PostingKind postingKind) {
        return switch (postingKind) {
            case BONUS_ACCRUAL -> SystemAccount.BONUS_ISSUANCE;
            case BONUS_REDEMPTION -> SystemAccount.BONUS_REDEMPTION;
            case HOLD_CAPTURE -> kind == AccountKind.BONUS ? SystemAccount.BONUS_REDEMPTION : SystemAccount.CASH;
            default -> SystemAccount.CASH;
        };
    }

}
