package com.loyaltyledger.command.account;

import static com.loyaltyledger.command.testing.DomainExceptionMatchers.invalidField;
import static com.loyaltyledger.command.testing.DomainExceptionMatchers.refusedWith;

import com.loyaltyledger.api.account.CaptureHoldCommand;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.HoldCapturedEvent;
import com.loyaltyledger.api.account.HoldExpiredEvent;
import com.loyaltyledger.api.account.HoldPlacedEvent;
import com.loyaltyledger.api.account.HoldReleasedEvent;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PlaceHoldCommand;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.RecordPostingCommand;
import com.loyaltyledger.api.account.ReleaseHoldCommand;
import com.loyaltyledger.api.account.SystemAccount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldTest extends LedgerFixture {

    private static final Instant EXPIRES = Instant.parse("2026-11-22T10:15:00Z");

    private PlaceHoldCommand hold(String holdId, String amount) {
        return new PlaceHoldCommand(ACCOUNT, holdId, new BigDecimal(amount), null, EXPIRES, null, CONTEXT);
    }

    private static HoldPlacedEvent placed(String holdId, long amount, long availableAfter) {
        return new HoldPlacedEvent(ACCOUNT, holdId, amount, "BONUS", EXPIRES, CONTEXT.reason(), TODAY,
                availableAfter);
    }

    private void remember(String holdId) {
        transactions.remember(holdId, Operation.HOLD, new Outcome(ACCOUNT, false, null, null, 0, "BONUS", null, 0, 0,
                EXPIRES, null), null);
    }

    @Test
    void holdReservesAvailableBalanceAndSchedulesItsExpiry() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(hold("h1", "30.00"))
                .expectEvents(placed("h1", 3_000, 7_000))
                .expectScheduledDeadlineWithName(EXPIRES, Account.HOLD_EXPIRY);
    }

    @Test
    void holdWithATimeToLiveExpiresThatLongFromNow() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(new PlaceHoldCommand(ACCOUNT, "h1", new BigDecimal("30"), null, null, Duration.ofMinutes(15),
                        CONTEXT))
                .expectEvents(placed("h1", 3_000, 7_000));
    }

    @Test
    void holdNeedsAnExpiryInTheFuture() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .when(new PlaceHoldCommand(ACCOUNT, "h1", BigDecimal.ONE, null, clock.instant(), null, CONTEXT))
                .expectException(invalidField("expiresAt"));
    }

    @Test
    void holdCannotTakeMoreThanAvailable() {
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 8_000, 2_000))
                .when(hold("h2", "20.01"))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void heldMoneyCannotBeRedeemed() {
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 8_000, 2_000))
                .when(new RecordPostingCommand(ACCOUNT, "t1", PostingKind.BONUS_REDEMPTION, new BigDecimal("30"),
                        null, CONTEXT))
                .expectException(refusedWith(LedgerError.INSUFFICIENT_FUNDS));
    }

    @Test
    void holdsCountAgainstTheDailyCapWhenPlaced() {
        fixture.given(opened(), accrued(100_000, 100_000), placed("h1", 45_000, 55_000))
                .when(hold("h2", "50.01"))
                .expectException(refusedWith(LedgerError.DAILY_LIMIT_EXCEEDED));
    }

    @Test
    void capturingPartOfAHoldDebitsThatPartAndReleasesTheRest() {
        remember("h1");
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 3_000, 7_000))
                .when(new CaptureHoldCommand("h1", null, new BigDecimal("12.00"), CONTEXT))
                .expectEvents(new HoldCapturedEvent(ACCOUNT, "h1", "h1:capture", 1_200, 1_800, 8_800),
                        posted(ACCOUNT, "BONUS", "h1:capture", PostingKind.HOLD_CAPTURE, Direction.DEBIT, 1_200,
                                8_800, 8_800, SystemAccount.BONUS_REDEMPTION, null, TODAY, null));
    }

    @Test
    void capturingWithoutAnAmountTakesTheWholeHold() {
        remember("h1");
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 3_000, 7_000))
                .when(new CaptureHoldCommand("h1", "cap-1", null, CONTEXT))
                .expectEvents(new HoldCapturedEvent(ACCOUNT, "h1", "cap-1", 3_000, 0, 7_000),
                        posted(ACCOUNT, "BONUS", "cap-1", PostingKind.HOLD_CAPTURE, Direction.DEBIT, 3_000, 7_000,
                                7_000, SystemAccount.BONUS_REDEMPTION, null, TODAY, null));
    }

    @Test
    void cannotCaptureMoreThanTheHold() {
        remember("h1");
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 3_000, 7_000))
                .when(new CaptureHoldCommand("h1", null, new BigDecimal("30.01"), CONTEXT))
                .expectException(invalidField("amount"));
    }

    @Test
    void releasingAHoldGivesItsAmountBack() {
        remember("h1");
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 3_000, 7_000))
                .when(new ReleaseHoldCommand("h1", null, CONTEXT))
                .expectEvents(new HoldReleasedEvent(ACCOUNT, "h1", 3_000, "test", 10_000));
    }

    @Test
    void aReleasedHoldCannotBeCaptured() {
        remember("h1");
        fixture.given(opened(), accrued(10_000, 10_000), placed("h1", 3_000, 7_000),
                        new HoldReleasedEvent(ACCOUNT, "h1", 3_000, null, 10_000))
                .when(new CaptureHoldCommand("h1", null, null, CONTEXT))
                .expectNoEvents()
                .expectException(refusedWith(LedgerError.HOLD_NOT_ACTIVE));
    }

    @Test
    void unknownHoldIsNotFound() {
        fixture.given(opened())
                .when(new ReleaseHoldCommand("nope", null, CONTEXT))
                .expectException(refusedWith(LedgerError.HOLD_NOT_FOUND));
    }

    @Test
    void holdExpiresAtItsDeadline() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .andGivenCommands(hold("h1", "30.00"))
                .whenTimeAdvancesTo(EXPIRES.plusSeconds(1))
                .expectEvents(new HoldExpiredEvent(ACCOUNT, "h1", 3_000, 10_000));
    }

    @Test
    void aCapturedHoldsDeadlineFindsNothingToDo() {
        fixture.given(opened(), accrued(10_000, 10_000))
                .andGivenCommands(hold("h1", "30.00"), new CaptureHoldCommand("h1", null, null, CONTEXT))
                .whenTimeAdvancesTo(EXPIRES.plusSeconds(1))
                .expectNoEvents();
    }
}
