package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.ReversePostingCommand;
import com.loyaltyledger.api.account.SystemAccount;
import org.junit.jupiter.api.Test;

class ReversalTest extends LedgerFixture {

    private void remember(String transactionId, PostingKind kind, Direction direction, long amount,
                          SystemAccount counter, String reversedBy) {
        transactions.remember(transactionId, Operation.POSTING, new Outcome(ACCOUNT, true, kind, direction, amount,
                "BONUS", counter, 0, 0, null, null), reversedBy);
    }

    @Test
    void reversalPostsTheOppositeOnTheSameAccountAgainstTheSameCounterAccount() {
        remember("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, SystemAccount.BONUS_REDEMPTION, null);
        fixture.given(opened(), accrued(10_000, 10_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, 9_000))
                .when(new ReversePostingCommand("r1", "rev-1", CONTEXT))
                .expectEvents(posted(ACCOUNT, "BONUS", "rev-1", PostingKind.REVERSAL, Direction.CREDIT, 1_000, 10_000,
                        10_000, SystemAccount.BONUS_REDEMPTION, null, TODAY, "r1"));
    }

    @Test
    void reversingACreditMustFindTheMoneyStillThere() {
        remember("a1", PostingKind.BONUS_ACCRUAL, Direction.CREDIT, 10_000, SystemAccount.BONUS_ISSUANCE, null);
        fixture.given(opened(), accrued(10_000, 10_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 5_000, 5_000))
                .when(new ReversePostingCommand("a1", "rev-1", CONTEXT))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void aPostingIsReversedOnceOnly() {
        remember("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, SystemAccount.BONUS_REDEMPTION,
                "rev-1");
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(new ReversePostingCommand("r1", "rev-2", CONTEXT))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.ALREADY_REVERSED));
    }

    @Test
    void transferLegsAreNotReversedButTransferredBack() {
        remember("t1", PostingKind.TRANSFER_OUT, Direction.DEBIT, 1_000, SystemAccount.TRANSIT, null);
        fixture.given(opened())
                .when(new ReversePostingCommand("t1", "rev-1", CONTEXT))
                .expectException(refusedWith(LedgerError.NOT_REVERSIBLE));
    }

    @Test
    void unknownPostingIsNotFound() {
        fixture.given(opened())
                .when(new ReversePostingCommand("nothing", "rev-1", CONTEXT))
                .expectException(refusedWith(LedgerError.POSTING_NOT_FOUND));
    }
}
