package com.loyaltyledger.command.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.api.purchase.PurchaseLine;
import com.loyaltyledger.api.purchase.RefundPurchaseCommand;
import com.loyaltyledger.api.purchase.RefundResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefundTest extends PurchaseFixture {

    /** Three lines of 100, 200 and 700; no discount; 100 bonus spent, 10% of the 900 paid earned: 90. */
    @BeforeEach
    void purchased() {
        givenClient(null, d("10"));
        givenActiveCard();
        givenAccount("100.00");
        send(new ProcessPurchaseCommand("S1", "R1", null, NUMBER, null, null, List.of(
                new PurchaseLine("A", "Tea", d("1"), d("100.00"), d("100.00"), null),
                new PurchaseLine("B", "Cake", d("1"), d("200.00"), d("200.00"), null),
                new PurchaseLine("C", "Wine", d("1"), d("700.00"), d("700.00"), null)), d("1000.00"), d("100.00"), null));
    }

    @Test
    void aPartialRefundReturnsAndTakesBackItsShare() {
        RefundResult refund = send(new RefundPurchaseCommand("S1", "R1", "F1", List.of(2)));
        assertThat(refund.refundedAmount()).isEqualByComparingTo("200.00");
        assertThat(refund.bonusReturned()).isEqualByComparingTo("20.00");
        assertThat(refund.bonusTakenBack()).isEqualByComparingTo("18.00");
        assertThat(refund.balance()).isEqualByComparingTo("92.00");
        assertThat(stored(PostingRecordedEvent.class)).extracting(PostingRecordedEvent::kind,
                        PostingRecordedEvent::direction, PostingRecordedEvent::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PostingKind.REVERSAL, Direction.CREDIT, 2_000L),
                        org.assertj.core.groups.Tuple.tuple(PostingKind.REVERSAL, Direction.DEBIT, 1_800L));
        assertThat(stored(ClientPurchaseRefundedEvent.class)).singleElement()
                .satisfies(event -> assertThat(event.accumulatedAfter()).isEqualByComparingTo("800.00"));
    }

    @Test
    void refundsTogetherUndoExactlyThePurchase() {
        send(new RefundPurchaseCommand("S1", "R1", "F1", List.of(1)));
        send(new RefundPurchaseCommand("S1", "R1", "F2", List.of(3)));
        RefundResult last = send(new RefundPurchaseCommand("S1", "R1", "F3", null));
        assertThat(last.lineNumbers()).containsExactly(2);
        // back to the 100.00 the account held before the purchase
        assertThat(last.balance()).isEqualByComparingTo("100.00");
    }

    @Test
    void aLineIsNeverRefundedTwice() {
        send(new RefundPurchaseCommand("S1", "R1", "F1", List.of(1, 2)));
        refused(new RefundPurchaseCommand("S1", "R1", "F2", List.of(2)), PurchaseError.LINE_ALREADY_REFUNDED);
        send(new RefundPurchaseCommand("S1", "R1", "F3", null));
        refused(new RefundPurchaseCommand("S1", "R1", "F4", null), PurchaseError.ALREADY_REFUNDED);
    }

    @Test
    void theSameRefundAgainAnswersAsTheFirstTime() {
        RefundResult first = send(new RefundPurchaseCommand("S1", "R1", "F1", List.of(3)));
        assertThat(send(new RefundPurchaseCommand("S1", "R1", "F1", List.of(3)))).isEqualTo(first);
        assertThat(stored()).isEmpty();
        refused(new RefundPurchaseCommand("S1", "R1", "F1", List.of(1)), LedgerError.KEY_REUSED);
    }

    @Test
    void refundingAnUnknownReceiptIsRefused() {
        refused(new RefundPurchaseCommand("S1", "R9", "F1", null), PurchaseError.NOT_FOUND);
    }
}
