package com.loyaltyledger.command.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseLine;
import com.loyaltyledger.api.purchase.PurchaseRecordedEvent;
import com.loyaltyledger.api.purchase.PurchaseResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseTest extends PurchaseFixture {

    @Test
    void spendsFirstThenEarnsOnWhatIsPaidWithMoney() {
        givenClient("gold", null);
        givenActiveCard();
        givenAccount("100.00");
        PurchaseResult result = send(purchase("R1", "1000.00", "100.00"));
        // step 0 of gold: 5% discount, 3% bonus; 1000 - 50 discount - 100 bonus = 850 paid, earning 25.50
        assertThat(result.discountPercent()).isEqualByComparingTo("5");
        assertThat(result.discountAmount()).isEqualByComparingTo("50.00");
        assertThat(result.bonusSpent()).isEqualByComparingTo("100.00");
        assertThat(result.amountPaid()).isEqualByComparingTo("850.00");
        assertThat(result.bonusEarned()).isEqualByComparingTo("25.50");
        assertThat(result.balance()).isEqualByComparingTo("25.50");
        assertThat(result.accumulatedTotal()).isEqualByComparingTo("950.00");
        assertThat(result.step()).isZero();
        assertThat(stored(PostingRecordedEvent.class)).extracting(PostingRecordedEvent::kind, PostingRecordedEvent::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PostingKind.BONUS_REDEMPTION, 10_000L),
                        org.assertj.core.groups.Tuple.tuple(PostingKind.BONUS_ACCRUAL, 2_550L));
        assertThat(stored(PurchaseRecordedEvent.class)).singleElement()
                .satisfies(recorded -> assertThat(recorded.amountDue()).isEqualByComparingTo("950.00"));
    }

    @Test
    void neverSpendsMoreThanAvailableNorMoreThanIsDue() {
        givenClient(null, null);
        givenActiveCard();
        givenAccount("30.00");
        assertThat(send(purchase("R1", "100.00", "500.00")).bonusSpent()).isEqualByComparingTo("30.00");
        givenMoreBonus();
        assertThat(send(purchase("R2", "20.00", "500.00")).bonusSpent()).isEqualByComparingTo("20.00");
    }

    /** The first purchase earned nothing (no category), so the second has only what a new accrual brings. */
    private void givenMoreBonus() {
        given("Account", ACCOUNT, new PostingRecordedEvent(ACCOUNT, "seed-2", PostingKind.BONUS_ACCRUAL,
                com.loyaltyledger.api.account.Direction.CREDIT, 5_000, "BONUS", 5_000, 5_000,
                com.loyaltyledger.api.account.SystemAccount.BONUS_ISSUANCE, null, "seed", "API", null, TODAY,
                null));
    }

    @Test
    void crossingAStepChangesTheNextPurchaseNotThisOne() {
        givenClient("gold", null);
        givenActiveCard();
        givenAccount("0");
        PurchaseResult first = send(purchase("R1", "1100.00", null));
        assertThat(first.bonusPercent()).isEqualByComparingTo("3");
        assertThat(first.step()).isEqualTo(1);
        assertThat(stored(ClientPurchaseRecordedEvent.class)).singleElement().satisfies(event -> {
            assertThat(event.stepBefore()).isZero();
            assertThat(event.stepAfter()).isEqualTo(1);
        });
        PurchaseResult second = send(purchase("R2", "100.00", null));
        assertThat(second.discountPercent()).isEqualByComparingTo("6");
        assertThat(second.bonusPercent()).isEqualByComparingTo("3.5");
    }

    @Test
    void severalStepsAtOnceStopAtTheMaxima() {
        givenClient("gold", null);
        givenActiveCard();
        givenAccount("0");
        assertThat(send(purchase("R1", "10000.00", null)).step()).isEqualTo(9);
        PurchaseResult next = send(purchase("R2", "100.00", null));
        assertThat(next.discountPercent()).isEqualByComparingTo("10");
        assertThat(next.bonusPercent()).isEqualByComparingTo("4");
    }

    @Test
    void earnedBonusIsRoundedHalfEvenToTheAssetScale() {
        givenClient(null, d("1"));
        givenActiveCard();
        givenAccount("0");
        // 12.50 * 1% = 0.125 -> 0.12 (half even); 13.50 * 1% = 0.135 -> 0.14
        assertThat(send(purchase("R1", "12.50", null)).bonusEarned()).isEqualByComparingTo("0.12");
        assertThat(send(purchase("R2", "13.50", null)).bonusEarned()).isEqualByComparingTo("0.14");
    }

    @Test
    void theCardsMultiplierCountsWithinItsPeriodOnly() {
        givenClient(null, d("10"));
        givenCard(CardStatus.ACTIVE, new CardDetails("group", null, null, null, d("2"), TODAY.minusDays(1),
                TODAY.plusDays(1)));
        givenAccount("0");
        assertThat(send(purchase("R1", "100.00", null)).bonusEarned()).isEqualByComparingTo("20.00");
        ProcessPurchaseCommand later = new ProcessPurchaseCommand("S1", "R2", null, NUMBER, null,
                TODAY.plusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                List.of(new PurchaseLine("A", "Milk", d("1"), d("100.00"), d("100.00"), null)), d("100.00"), null, null);
        assertThat(send(later).multiplier()).isEqualByComparingTo("1");
    }

    @Test
    void theSameReceiptAgainAnswersAsTheFirstTimeAndChangesNothing() {
        givenClient("gold", null);
        givenActiveCard();
        givenAccount("50.00");
        PurchaseResult first = send(purchase("R1", "200.00", "10.00"));
        PurchaseResult again = send(purchase("R1", "200.00", "10.00"));
        assertThat(again).isEqualTo(first);
        assertThat(stored()).isEmpty();
        refused(purchase("R1", "300.00", "10.00"), LedgerError.KEY_REUSED);
    }

    @Test
    void anAccrualOnlyCardCannotSpend() {
        givenClient(null, null);
        givenCard(CardStatus.ACCRUAL_ONLY, new CardDetails("group", null, null, null, null, null, null));
        givenAccount("50.00");
        refused(purchase("R1", "100.00", "10.00"), PurchaseError.PAYMENT_NOT_ALLOWED);
        assertThat(send(purchase("R2", "100.00", null)).bonusSpent()).isEqualByComparingTo("0");
    }

    @Test
    void aPaymentOnlyCardSpendsButEarnsNothingAndSaysWhy() {
        givenClient(null, d("5"));
        givenCard(CardStatus.PAYMENT_ONLY, new CardDetails("group", null, null, null, null, null, null));
        givenAccount("50.00");
        PurchaseResult result = send(purchase("R1", "100.00", "10.00"));
        assertThat(result.bonusSpent()).isEqualByComparingTo("10.00");
        assertThat(result.bonusEarned()).isEqualByComparingTo("0");
        assertThat(result.accrualRefusal()).isEqualTo("purchase.accrual_not_allowed");
    }

    @Test
    void aBlockedCardIsRefused() {
        givenClient(null, null);
        givenCard(CardStatus.BLOCKED, new CardDetails("group", null, null, null, null, null, null));
        givenAccount("0");
        refused(purchase("R1", "100.00", null), PurchaseError.CARD_BLOCKED);
    }

    @Test
    void aCardOutsideItsValidityIsRefused() {
        givenClient(null, null);
        givenCard(CardStatus.ACTIVE, new CardDetails("group", null, LocalDate.of(2026, 1, 31), null, null, null,
                null));
        givenAccount("0");
        refused(purchase("R1", "100.00", null), PurchaseError.CARD_NOT_VALID);
    }

    @Test
    void anUnknownCardIsRefused() {
        refused(purchase("R1", "100.00", null), PurchaseError.CARD_NOT_FOUND);
    }

    @Test
    void aBlockedClientsCardIsRefused() {
        givenClient(null, null);
        given("Client", CLIENT, new ClientBlockedEvent(CLIENT, "fraud"));
        givenActiveCard();
        givenAccount("0");
        refused(purchase("R1", "100.00", null), PurchaseError.CLIENT_BLOCKED);
    }

    @Test
    void aCardWithoutItsAccountIsRefused() {
        givenClient(null, null);
        givenActiveCard();
        refused(purchase("R1", "100.00", null), PurchaseError.NO_BONUS_ACCOUNT);
    }

    @Test
    void totalMustBeTheSumOfTheLines() {
        ProcessPurchaseCommand wrong = new ProcessPurchaseCommand("S1", "R1", null, NUMBER, null, null,
                List.of(new PurchaseLine("A", "Milk", d("1"), d("10.00"), d("10.00"), null)), d("11.00"), null, null);
        refused(wrong, CommonError.VALIDATION_FAILED);
    }
}
