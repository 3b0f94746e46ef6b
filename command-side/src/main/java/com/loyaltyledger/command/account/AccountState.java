package com.loyaltyledger.command.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.HoldCapturedEvent;
import com.loyaltyledger.api.account.HoldExpiredEvent;
import com.loyaltyledger.api.account.HoldPlacedEvent;
import com.loyaltyledger.api.account.HoldReleasedEvent;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * What an {@link Account}'s rules need to know, and how each event changes it: the event-sourcing half of the
 * account, kept apart from the decisions. Stored whole in snapshots.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
abstract class AccountState {

    @AggregateIdentifier
    protected String accountId;
    protected String accountTypeId;
    protected String asset;
    protected int scale;
    protected AccountKind kind;
    protected boolean blocked;
    protected boolean closed;
    protected long balance;
    protected long held;
    protected Map<String, Hold> holds = new HashMap<>();
    protected Map<String, PendingTransfer> outgoingTransfers = new HashMap<>();
    protected LocalDate spendDay;
    protected long spentOnSpendDay;

    protected record Hold(long amount, LocalDate businessDay) {
    }

    protected record PendingTransfer(String targetAccountId, long amount, LocalDate businessDay) {
    }

    protected long available() {
        return balance - held;
    }

    protected long spentOn(LocalDate today) {
        return today.equals(spendDay) ? spentOnSpendDay : 0;
    }

    private void spend(LocalDate day, long amount) {
        if (!day.equals(spendDay)) {
            spendDay = day;
            spentOnSpendDay = 0;
        }
        spentOnSpendDay += amount;
    }

    /** What was reserved or debited on a day and came back (released, refunded) no longer counts as spent. */
    private void unspend(LocalDate day, long amount) {
        if (day.equals(spendDay)) {
            spentOnSpendDay = Math.max(0, spentOnSpendDay - amount);
        }
    }

    @EventSourcingHandler
    void on(AccountOpenedEvent event) {
        accountId = event.accountId();
        accountTypeId = event.accountTypeId();
        asset = event.asset();
        scale = event.scale();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(PostingRecordedEvent event) {
        balance = event.balanceAfter();
        if (event.direction() == Direction.DEBIT && DebitRules.countsAsSpending(event.kind())) {
            spend(event.businessDay(), event.amount());
        }
    }

    @EventSourcingHandler
    void on(HoldPlacedEvent event) {
        holds.put(event.holdId(), new Hold(event.amount(), event.businessDay()));
        held += event.amount();
        spend(event.businessDay(), event.amount());
    }

    @EventSourcingHandler
    void on(HoldCapturedEvent event) {
        settle(event.holdId(), event.released());
    }

    @EventSourcingHandler
    void on(HoldReleasedEvent event) {
        settle(event.holdId(), event.amount());
    }

    @EventSourcingHandler
    void on(HoldExpiredEvent event) {
        settle(event.holdId(), event.amount());
    }

    private void settle(String holdId, long givenBack) {
        Hold hold = holds.remove(holdId);
        held -= hold.amount();
        unspend(hold.businessDay(), givenBack);
    }

    @EventSourcingHandler
    void on(TransferStartedEvent event) {
        // applied right after its TRANSFER_OUT posting, whose business day is the spending day
        outgoingTransfers.put(event.transferId(), new PendingTransfer(event.targetAccountId(), event.amount(),
                spendDay));
    }

    @EventSourcingHandler
    void on(TransferCompletedEvent event) {
        outgoingTransfers.remove(event.transferId());
    }

    @EventSourcingHandler
    void on(TransferFailedEvent event) {
        PendingTransfer transfer = outgoingTransfers.remove(event.transferId());
        unspend(transfer.businessDay(), transfer.amount());
    }

    @EventSourcingHandler
    void on(AccountBlockedEvent event) {
        blocked = true;
    }

    @EventSourcingHandler
    void on(AccountUnblockedEvent event) {
        blocked = false;
    }

    @EventSourcingHandler
    void on(AccountClosedEvent event) {
        closed = true;
    }
}
