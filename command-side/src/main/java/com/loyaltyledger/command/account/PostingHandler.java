package com.loyaltyledger.command.account;

import com.loyaltyledger.command.common.RequestFingerprint;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.RecordPostingCommand;
import com.loyaltyledger.api.account.ReversePostingCommand;
import com.loyaltyledger.api.account.SetBalanceCommand;
import com.loyaltyledger.api.common.DomainException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;

/** Deposits, withdrawals, bonus accruals and redemptions, set balance and reversals: one account each. */
public class PostingHandler {

    /** Transfer legs are undone by a transfer the other way; a reversal is undone by nothing. */
    private static final Set<PostingKind> NOT_REVERSIBLE = EnumSet.of(PostingKind.TRANSFER_OUT,
            PostingKind.TRANSFER_IN, PostingKind.TRANSFER_REFUND, PostingKind.REVERSAL);

    private final LedgerAccess ledger;

    public PostingHandler(LedgerAccess ledger) {
        this.ledger = ledger;
    }

    @CommandHandler
    public PostingResult handle(RecordPostingCommand command) {
        AccountInputs.transactionId(command.transactionId());
        PostingContext context = AccountInputs.context(command.context());
        if (command.kind() == null) {
            throw DomainException.invalidField("kind", "kind is required");
        }
        String hash = RequestFingerprint.of(Operation.POSTING, command.kind(), command.accountId(), command.amount(),
                command.asset(), context.reason(), context.source(), context.storeCode());
        Outcome outcome = ledger.once(command.transactionId(), Operation.POSTING, hash, () -> ledger.onAccount(
                command.accountId(), account -> account.post(command.transactionId(), command.kind(),
                        command.amount(), command.asset(), context, ledger.rulesOf(account), ledger.today())));
        return result(command.transactionId(), outcome);
    }

    @CommandHandler
    public PostingResult handle(SetBalanceCommand command) {
        AccountInputs.transactionId(command.transactionId());
        PostingContext context = AccountInputs.context(command.context());
        String hash = RequestFingerprint.of(Operation.SET_BALANCE, command.accountId(), command.balance(),
                command.asset(), context.reason(), context.source(), context.storeCode());
        Outcome outcome = ledger.once(command.transactionId(), Operation.SET_BALANCE, hash, () -> ledger.onAccount(
                command.accountId(), account -> account.setBalance(command.transactionId(), command.balance(),
                        command.asset(), context, ledger.rulesOf(account), ledger.today())));
        return result(command.transactionId(), outcome);
    }

    @CommandHandler
    public PostingResult handle(ReversePostingCommand command) {
        AccountInputs.transactionId(command.transactionId());
        PostingContext context = AccountInputs.context(command.context());
        String originalId = command.originalTransactionId();
        String hash = RequestFingerprint.of(Operation.REVERSAL, originalId, context.reason(), context.source(),
                context.storeCode());
        Outcome outcome = ledger.once(command.transactionId(), Operation.REVERSAL, hash, () -> {
            StoredTransaction original = ledger.transactions().find(originalId)
                    .filter(stored -> stored.outcome().posted())
                    .orElseThrow(() -> new DomainException(LedgerError.POSTING_NOT_FOUND,
                            "There is no posting " + originalId, Map.of("transactionId", String.valueOf(originalId))));
            if (NOT_REVERSIBLE.contains(original.outcome().kind())) {
                throw new DomainException(LedgerError.NOT_REVERSIBLE, "A " + original.outcome().kind()
                        + " posting cannot be reversed; post a transfer the other way instead",
                        Map.of("kind", original.outcome().kind().name()));
            }
            if (original.reversedBy() != null) {
                throw alreadyReversed(originalId, original.reversedBy());
            }
            Outcome reversal = ledger.onAccount(original.outcome().accountId(), account -> account.reverse(
                    command.transactionId(), originalId, original.outcome(), context, ledger.rulesOf(account),
                    ledger.today()));
            if (!ledger.transactions().markReversed(originalId, command.transactionId())) {
                throw alreadyReversed(originalId, "another request");
            }
            return reversal;
        });
        return result(command.transactionId(), outcome);
    }

    private static DomainException alreadyReversed(String originalId, String by) {
        return new DomainException(LedgerError.ALREADY_REVERSED, "Posting " + originalId + " was already reversed by "
                + by, Map.of("transactionId", originalId));
    }

    static PostingResult result(String transactionId, Outcome outcome) {
        return new PostingResult(transactionId, outcome.accountId(), outcome.kind(), outcome.direction(),
                outcome.amount(), outcome.asset(), outcome.balance(), outcome.available(), outcome.posted());
    }
}
