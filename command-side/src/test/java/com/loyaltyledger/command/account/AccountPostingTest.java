package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingResult;
import com.loyaltyledger.api.account.RecordPostingCommand;
import com.loyaltyledger.api.account.SetBalanceCommand;
import com.loyaltyledger.api.account.SystemAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountPostingTest extends LedgerFixture {

    private static RecordPostingCommand command(String transactionId, PostingKind kind, String amount) {
        return new RecordPostingCommand(ACCOUNT, transactionId, kind, new BigDecimal(amount), null, CONTEXT);
    }

    private static RecordPostingCommand redeem(String transactionId, String amount) {
        return command(transactionId, PostingKind.BONUS_REDEMPTION, amount);
    }

    @Test
    void accrualCreditsTheAccountAgainstBonusIssuanceAndAnswersWithTheBalances() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "10.50"))
                .expectEvents(posted("t1", PostingKind.BONUS_ACCRUAL, Direction.CREDIT, 1_050, 2_050))
                .expectResultMessagePayload(new PostingResult("t1", ACCOUNT, PostingKind.BONUS_ACCRUAL,
                        Direction.CREDIT, 1_050, "BONUS", 2_050, 2_050, true));
    }

    @Test
    void redemptionDebitsTheAccountAgainstBonusRedemption() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(redeem("t1", "10.00"))
                .expectEvents(posted("t1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 1_000, 9_000));
    }

    @Test
    void depositOnAMoneyAccountCountsAgainstCash() {
        fixture.given(opened(ACCOUNT, LENIENT_TYPE))
                .when(new RecordPostingCommand(ACCOUNT, "t1", PostingKind.DEPOSIT, new BigDecimal("5"), "RUB",
                        CONTEXT))
                .expectEvents(posted(ACCOUNT, "RUB", "t1", PostingKind.DEPOSIT, Direction.CREDIT, 500, 500, 500,
                        SystemAccount.CASH, null, TODAY, null));
    }

    @Test
    void amountWithMoreDecimalsThanTheAssetHoldsIsRefused() {
        fixture.given(opened())
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "1.005"))
                .expectNoEvents()
                .expectException(invalidField("amount"));
    }

    @Test
    void zeroAmountIsRefused() {
        fixture.given(opened())
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "0.00"))
                .expectException(invalidField("amount"));
    }

    @Test
    void negativeAmountIsRefused() {
        fixture.given(opened())
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "-1"))
                .expectException(invalidField("amount"));
    }

    @Test
    void cannotRedeemMoreThanAvailable() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(redeem("t1", "10.01"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void typeThatAllowsGoingBelowTheMinimumLetsADebitDoSo() {
        fixture.given(opened(ACCOUNT, LENIENT_TYPE))
                .when(new RecordPostingCommand(ACCOUNT, "t1", PostingKind.WITHDRAWAL, new BigDecimal("3"), null,
                        CONTEXT))
                .expectEvents(posted(ACCOUNT, "RUB", "t1", PostingKind.WITHDRAWAL, Direction.DEBIT, 300, -300, -300,
                        SystemAccount.CASH, null, TODAY, null));
    }

    @Test
    void creditAccountGoesDownToItsLimitAndNoFurther() {
        fixture.given(opened(ACCOUNT, CREDIT_TYPE), posted(ACCOUNT, "RUB", "w1", PostingKind.WITHDRAWAL,
                        Direction.DEBIT, 4_000, -4_000, -4_000, SystemAccount.CASH, null, TODAY, null))
                .when(new RecordPostingCommand(ACCOUNT, "t1", PostingKind.WITHDRAWAL, new BigDecimal("10.01"), null,
                        CONTEXT))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void blockedAccountTakesNoDebits() {
        fixture.given(opened(), accrued(1_000, 1_000), new AccountBlockedEvent(ACCOUNT, "fraud"))
                .when(redeem("t1", "1"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.BLOCKED));
    }

    @Test
    void blockedAccountStillTakesCredits() {
        fixture.given(opened(), new AccountBlockedEvent(ACCOUNT, "fraud"))
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "1"))
                .expectEvents(posted("t1", PostingKind.BONUS_ACCRUAL, Direction.CREDIT, 100, 100));
    }

    @Test
    void closedAccountTakesNothing() {
        fixture.given(opened(), new AccountClosedEvent(ACCOUNT, null))
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "1"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.CLOSED));
    }

    @Test
    void postingInAnotherAssetIsRefused() {
        fixture.given(opened())
                .when(new RecordPostingCommand(ACCOUNT, "t1", PostingKind.BONUS_ACCRUAL, BigDecimal.ONE, "RUB",
                        CONTEXT))
                .expectException(refusedWith(LedgerError.ASSET_MISMATCH));
    }

    @Test
    void bonusPostingsGoToBonusAccountsOnly() {
        fixture.given(opened(ACCOUNT, LENIENT_TYPE))
                .when(command("t1", PostingKind.BONUS_ACCRUAL, "1"))
                .expectException(refusedWith(LedgerError.KIND_MISMATCH));
    }

    @Test
    void spendingOverTheDailyCapIsRefused() {
        fixture.given(opened(), accrued(100_000, 100_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 45_000, 55_000))
                .when(redeem("t1", "50.01"))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.DAILY_LIMIT_EXCEEDED));
    }

    @Test
    void dailyCapStillHoldsAtOneMinuteToMidnightInTheBusinessDayZone() {
        clock.set(Instant.parse("2026-11-22T20:59:00Z"));
        fixture.given(opened(), accrued(100_000, 100_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 45_000, 55_000))
                .when(redeem("t1", "50.01"))
                .expectException(refusedWith(LedgerError.DAILY_LIMIT_EXCEEDED));
    }

    @Test
    void dailyCapStartsAfreshAtMidnightInTheBusinessDayZone() {
        // 21:00 UTC is midnight in Moscow: a new business day, though still the 22nd in UTC
        clock.set(Instant.parse("2026-11-22T21:00:00Z"));
        LocalDate tomorrow = TODAY.plusDays(1);
        fixture.given(opened(), accrued(100_000, 100_000),
                        posted("r1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 45_000, 55_000))
                .when(redeem("t1", "500.00"))
                .expectEvents(posted(ACCOUNT, "BONUS", "t1", PostingKind.BONUS_REDEMPTION, Direction.DEBIT, 50_000,
                        5_000, 5_000, SystemAccount.BONUS_REDEMPTION, null, tomorrow, null));
    }

    @Test
    void setBalancePostsTheDifferenceAsAnAdjustment() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(new SetBalanceCommand(ACCOUNT, "t1", new BigDecimal("4.00"), null, CONTEXT))
                .expectEvents(posted("t1", PostingKind.ADJUSTMENT, Direction.DEBIT, 600, 400));
    }

    @Test
    void setBalanceUpPostsACreditAdjustment() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(new SetBalanceCommand(ACCOUNT, "t1", new BigDecimal("12.5"), null, CONTEXT))
                .expectEvents(posted("t1", PostingKind.ADJUSTMENT, Direction.CREDIT, 250, 1_250));
    }

    @Test
    void settingTheSameBalancePostsNothing() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(new SetBalanceCommand(ACCOUNT, "t1", new BigDecimal("10"), null, CONTEXT))
                .expectNoEvents()
                .expectResultMessagePayload(new PostingResult("t1", ACCOUNT, PostingKind.ADJUSTMENT, null, 0,
                        "BONUS", 1_000, 1_000, false));
    }

    @Test
    void setBalanceCannotGoBelowTheMinimum() {
        fixture.given(opened(), accrued(1_000, 1_000))
                .when(new SetBalanceCommand(ACCOUNT, "t1", new BigDecimal("-1"), null, CONTEXT))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void unknownAccountIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(redeem("t1", "1"))
                .expectException(refusedWith(LedgerError.ACCOUNT_NOT_FOUND));
    }
}
