package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.RecordPostingCommand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A transaction id is used once across the ledger. Each test runs two fixtures, the second with the first
 * one's events given, over one store of used ids.
 */
class IdempotencyTest extends LedgerFixture {

    private static RecordPostingCommand redeem(String amount) {
        return new RecordPostingCommand(ACCOUNT, "key-1", PostingKind.BONUS_REDEMPTION, new BigDecimal(amount), null,
                CONTEXT);
    }

    @Test
    void repeatingARequestAnswersAsTheFirstTimeAndPostsNothing() {
        PostingResult first = new PostingResult("key-1", ACCOUNT, PostingKind.BONUS_REDEMPTION, Direction.DEBIT,
                1_000, "BONUS", 9_000, 9_000, true);
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(redeem("10.00"))
                .expectResultMessagePayload(first);
        setUpLedger();
        fixture.given(opened(), accrued(10_000, 10_000),
                        posted("key-1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, 9_000),
                        accrued(500, 9_500))
                .when(redeem("10.0"))
                .expectNoEvents()
                .expectResultMessagePayload(first);
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        fixture.given(opened(), accrued(10_000, 10_000)).when(redeem("10.00")).expectSuccessfulHandlerExecution();
        setUpLedger();
        fixture.given(opened(), accrued(10_000, 10_000),
                        posted("key-1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, 9_000))
                .when(redeem("20.00"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.KEY_REUSED));
    }
}
