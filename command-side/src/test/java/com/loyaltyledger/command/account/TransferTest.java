package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.CloseAccountCommand;
import com.loyaltyledger.api.account.CompleteTransferCommand;
import com.loyaltyledger.api.account.CreditTransferCommand;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.RefundTransferCommand;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.api.account.TransferCommand;
import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferCreditRefusedEvent;
import com.loyaltyledger.api.account.TransferCreditedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import com.loyaltyledger.api.common.Channel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TransferTest extends LedgerFixture {

    private static TransferCommand transfer(String target, String amount) {
        return new TransferCommand("tr-1", ACCOUNT, target, new BigDecimal(amount), null, CONTEXT);
    }

    private static TransferStartedEvent started() {
        return new TransferStartedEvent("tr-1", ACCOUNT, OTHER, 1_000, "BONUS", CONTEXT);
    }

    private static CreditTransferCommand credit() {
        return new CreditTransferCommand(OTHER, "tr-1", ACCOUNT, 1_000, "BONUS", CONTEXT);
    }

    @Test
    void transferDebitsTheSourceIntoTransitAndStartsTheSaga() {
        accounts.add(OTHER, "N-2", "BONUS");
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(transfer(OTHER, "10.00"))
                .expectEvents(posted(ACCOUNT, "BONUS", "tr-1", PostingKind.TRANSFER_OUT, Direction.DEBIT, 1_000,
                        9_000, 9_000, SystemAccount.TRANSIT, OTHER, TODAY, null), started());
    }

    @Test
    void transferBetweenAssetsIsRefused() {
        accounts.add(OTHER, "N-2", "RUB");
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(transfer(OTHER, "10.00"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.ASSET_MISMATCH));
    }

    @Test
    void transferToAnUnknownAccountIsRefused() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(transfer("nobody", "10.00"))
                .expectException(refusedWith(LedgerError.ACCOUNT_NOT_FOUND));
    }

    @Test
    void transferFollowsTheSourcesDebitRules() {
        accounts.add(OTHER, "N-2", "BONUS");
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(transfer(OTHER, "10.01"))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void targetTakesTheCreditFromTransit() {
        fixture.given(opened(OTHER, BONUS_TYPE))
                .when(credit())
                .expectEvents(posted(OTHER, "BONUS", "tr-1:in", PostingKind.TRANSFER_IN, Direction.CREDIT, 1_000,
                        1_000, 1_000, SystemAccount.TRANSIT, ACCOUNT, TODAY, null),
                        new TransferCreditedEvent("tr-1", OTHER, ACCOUNT, 1_000));
    }

    @Test
    void closedTargetRefusesTheCreditAsAnEventForTheSagaToCompensate() {
        fixture.given(opened(OTHER, BONUS_TYPE), new AccountClosedEvent(OTHER, null))
                .when(credit())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TransferCreditRefusedEvent("tr-1", OTHER, ACCOUNT, "account.closed"));
    }

    @Test
    void blockedTargetRefusesIncomingTransfers() {
        fixture.given(opened(OTHER, BONUS_TYPE), new AccountBlockedEvent(OTHER, "fraud"))
                .when(credit())
                .expectEvents(new TransferCreditRefusedEvent("tr-1", OTHER, ACCOUNT, "account.blocked"));
    }

    @Test
    void refundBringsTheMoneyBackFromTransit() {
        fixture.given(opened(), accrued(10_000, 10_000), posted(ACCOUNT, "BONUS", "tr-1", PostingKind.TRANSFER_OUT,
                        Direction.DEBIT, 1_000, 9_000, 9_000, SystemAccount.TRANSIT, OTHER, TODAY, null), started())
                .when(new RefundTransferCommand(ACCOUNT, "tr-1", "account.closed"))
                .expectEvents(new PostingRecordedEvent(ACCOUNT, "tr-1:refund",
                                PostingKind.TRANSFER_REFUND, Direction.CREDIT, 1_000, "BONUS", 10_000, 10_000,
                                SystemAccount.TRANSIT, OTHER, "transfer refunded: account.closed", Channel.SYSTEM.name(),
                                null, TODAY, null),
                        new TransferFailedEvent("tr-1", ACCOUNT, OTHER, "account.closed"));
    }

    @Test
    void completingSettlesTheSource() {
        fixture.given(opened(), accrued(10_000, 10_000), started())
                .when(new CompleteTransferCommand(ACCOUNT, "tr-1"))
                .expectEvents(new TransferCompletedEvent("tr-1", ACCOUNT, OTHER));
    }

    @Test
    void accountWithATransferUnderWayCannotBeClosed() {
        fixture.given(opened(), started())
                .when(new CloseAccountCommand(ACCOUNT, null))
                .expectException(refusedWith(LedgerError.NOT_EMPTY));
    }
}
