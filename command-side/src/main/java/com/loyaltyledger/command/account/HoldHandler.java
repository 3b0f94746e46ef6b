package com.loyaltyledger.command.account;

import com.loyaltyledger.command.common.RequestFingerprint;
import com.loyaltyledger.api.account.CaptureHoldCommand;
import com.loyaltyledger.api.account.HoldResult;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PlaceHoldCommand;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.ReleaseHoldCommand;
import com.loyaltyledger.api.common.DomainException;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;

/**
 * Holds (reservations): placed with an expiry, then captured (all or part; the rest is released), released, or
 * expired by a persistent deadline. The placing request's transaction id is the hold's id; capture and release
 * take their own key, or one derived from the hold's id, since a hold is settled once.
 */
public class HoldHandler {

    private final LedgerAccess ledger;

    public HoldHandler(LedgerAccess ledger) {
        this.ledger = ledger;
    }

    @CommandHandler
    public HoldResult handle(PlaceHoldCommand command, DeadlineManager deadlines) {
        AccountInputs.transactionId(command.transactionId());
        PostingContext context = AccountInputs.context(command.context());
        String hash = RequestFingerprint.of(Operation.HOLD, command.accountId(), command.amount(), command.asset(),
                command.expiresAt(), command.ttl(), context.reason(), context.source(), context.storeCode());
        Outcome outcome = ledger.once(command.transactionId(), Operation.HOLD, hash, () -> {
            Instant expiresAt = expiry(command);
            return ledger.onAccount(command.accountId(), account -> account.placeHold(command.transactionId(),
                    command.amount(), command.asset(), expiresAt, context, ledger.rulesOf(account), ledger.today(),
                    deadlines));
        });
        return new HoldResult(command.transactionId(), outcome.accountId(), outcome.amount(), outcome.asset(),
                outcome.expiresAt(), outcome.balance(), outcome.available());
    }

    @CommandHandler
    public PostingResult handle(CaptureHoldCommand command) {
        String transactionId = keyOrDerived(command.transactionId(), command.holdId(), "capture");
        PostingContext context = AccountInputs.context(command.context());
        String hash = RequestFingerprint.of(Operation.CAPTURE, command.holdId(), command.amount(), context.reason(),
                context.source(), context.storeCode());
        Outcome outcome = ledger.once(transactionId, Operation.CAPTURE, hash, () -> ledger.onAccount(
                accountOf(command.holdId()), account -> account.captureHold(command.holdId(), transactionId,
                        command.amount(), context, ledger.today())));
        return PostingHandler.result(transactionId, outcome);
    }

    @CommandHandler
    public HoldResult handle(ReleaseHoldCommand command) {
        String transactionId = keyOrDerived(command.transactionId(), command.holdId(), "release");
        PostingContext context = AccountInputs.context(command.context());
        String hash = RequestFingerprint.of(Operation.RELEASE, command.holdId(), context.reason(), context.source(),
                context.storeCode());
        Outcome outcome = ledger.once(transactionId, Operation.RELEASE, hash, () -> ledger.onAccount(
                accountOf(command.holdId()), account -> account.releaseHold(command.holdId(), context)));
        return new HoldResult(command.holdId(), outcome.accountId(), outcome.amount(), outcome.asset(), null,
                outcome.balance(), outcome.available());
    }

    private Instant expiry(PlaceHoldCommand command) {
        if ((command.expiresAt() == null) == (command.ttl() == null)) {
            throw DomainException.invalidField("expiresAt", "give either expiresAt or ttl");
        }
        if (command.ttl() != null && (command.ttl().isNegative() || command.ttl().isZero())) {
            throw DomainException.invalidField("ttl", "ttl must be positive");
        }
        Instant expiresAt = command.expiresAt() != null ? command.expiresAt() : ledger.now().plus(command.ttl());
        if (!expiresAt.isAfter(ledger.now())) {
            throw DomainException.invalidField("expiresAt", "expiresAt must be in the future");
        }
        return expiresAt;
    }

    private String accountOf(String holdId) {
        return ledger.transactions().find(holdId)
                .filter(stored -> stored.operation() == Operation.HOLD && stored.outcome().accountId() != null)
                .map(stored -> stored.outcome().accountId())
                .orElseThrow(() -> new DomainException(LedgerError.HOLD_NOT_FOUND, "There is no hold " + holdId,
                        Map.of("holdId", String.valueOf(holdId))));
    }

    private static String keyOrDerived(String transactionId, String holdId, String action) {
        if (transactionId == null) {
            return holdId + ":" + action;
        }
        AccountInputs.transactionId(transactionId);
        return transactionId;
    }
}
