package com.loyaltyledger.command.account;

import com.loyaltyledger.command.common.RequestFingerprint;
import com.loyaltyledger.api.account.CreditTransferCommand;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.RefundTransferCommand;
import com.loyaltyledger.api.account.TransferCommand;
import com.loyaltyledger.api.account.TransferResult;
import com.loyaltyledger.api.account.TransferState;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.DomainException;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;

/**
 * The legs of a transfer, each a posting on one account: the debit of the source (answered to the caller), then,
 * sent by {@link TransferSaga}, the credit of the target or the refund of the source. The legs' transaction ids
 * derive from the transfer's ({@code <id>:in}, {@code <id>:refund}), so a leg the saga sends again posts nothing.
 */
public class TransferHandler {

    private final LedgerAccess ledger;
    private final AccountDirectory accounts;

    public TransferHandler(LedgerAccess ledger, AccountDirectory accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
    }

    static String creditLeg(String transferId) {
        return transferId + ":in";
    }

    static String refundLeg(String transferId) {
        return transferId + ":refund";
    }

    @CommandHandler
    public TransferResult handle(TransferCommand command) {
        AccountInputs.transactionId(command.transferId());
        PostingContext context = AccountInputs.context(command.context());
        if (command.targetAccountId() == null || command.targetAccountId().isBlank()) {
            throw DomainException.invalidField("targetAccountId", "targetAccountId is required");
        }
        if (command.targetAccountId().equals(command.sourceAccountId())) {
            throw DomainException.invalidField("targetAccountId", "a transfer needs two different accounts");
        }
        String hash = RequestFingerprint.of(Operation.TRANSFER, command.sourceAccountId(), command.targetAccountId(),
                command.amount(), command.asset(), context.reason(), context.source(), context.storeCode());
        Outcome outcome = ledger.once(command.transferId(), Operation.TRANSFER, hash, () -> {
            String targetAsset = accounts.assetOf(command.targetAccountId()).orElseThrow(() -> new DomainException(
                    LedgerError.ACCOUNT_NOT_FOUND, "There is no account " + command.targetAccountId(),
                    Map.of("accountId", command.targetAccountId())));
            return ledger.onAccount(command.sourceAccountId(), source -> {
                if (!source.asset().equals(targetAsset)) {
                    throw new DomainException(LedgerError.ASSET_MISMATCH, "A transfer moves one asset: the source "
                            + "keeps " + source.asset() + ", the target " + targetAsset,
                            Map.of("sourceAsset", source.asset(), "targetAsset", targetAsset));
                }
                return source.transferOut(command.transferId(), command.targetAccountId(), command.amount(),
                        command.asset(), context, ledger.rulesOf(source), ledger.today());
            });
        });
        return new TransferResult(command.transferId(), TransferState.PENDING, outcome.accountId(),
                outcome.reference(), outcome.amount(), outcome.asset(), outcome.balance(), outcome.available());
    }

    @CommandHandler
    public PostingResult handle(CreditTransferCommand command) {
        String transactionId = creditLeg(command.transferId());
        String hash = RequestFingerprint.of(Operation.TRANSFER_CREDIT, command.transferId(),
                command.targetAccountId(), command.sourceAccountId(), command.amount(), command.asset());
        Outcome outcome = ledger.once(transactionId, Operation.TRANSFER_CREDIT, hash, () -> ledger.onAccount(
                command.targetAccountId(), target -> target.creditTransfer(transactionId, command.transferId(),
                        command.sourceAccountId(), command.amount(), command.asset(),
                        AccountInputs.context(command.context()), ledger.today())));
        return PostingHandler.result(transactionId, outcome);
    }

    @CommandHandler
    public PostingResult handle(RefundTransferCommand command) {
        String transactionId = refundLeg(command.transferId());
        String hash = RequestFingerprint.of(Operation.TRANSFER_REFUND, command.transferId(),
                command.sourceAccountId(), command.failureCode());
        Outcome outcome = ledger.once(transactionId, Operation.TRANSFER_REFUND, hash, () -> ledger.onAccount(
                command.sourceAccountId(), source -> source.refundTransfer(transactionId, command.transferId(),
                        command.failureCode(), new PostingContext("transfer refunded: " + command.failureCode(),
                        Channel.SYSTEM, null), ledger.today())));
        return PostingHandler.result(transactionId, outcome);
    }
}
