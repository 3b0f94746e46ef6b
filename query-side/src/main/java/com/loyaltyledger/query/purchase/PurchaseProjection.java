package com.loyaltyledger.query.purchase;

import com.loyaltyledger.api.purchase.PurchaseLine;
import com.loyaltyledger.api.purchase.PurchaseRecordedEvent;
import com.loyaltyledger.api.purchase.PurchaseRefundedEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Receipts and their lines, for a client's purchase list. Plain JDBC: this is written once for every purchase,
 * the busiest thing the product does. A receipt inserted twice stays one; a refund counts once (it is noted by
 * id before its amounts are added).
 */
@Component
@ProcessingGroup(PurchaseProjection.PROCESSING_GROUP)
class PurchaseProjection {

    static final String PROCESSING_GROUP = "purchases";

    private final JdbcTemplate jdbc;

    PurchaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from purchase_refund_view");
        jdbc.update("delete from purchase_line_view");
        jdbc.update("delete from purchase_view");
    }

    @EventHandler
    void on(PurchaseRecordedEvent event) {
        int inserted = jdbc.update("insert into purchase_view (receipt_key, store_code, receipt_id, cashier, "
                        + "purchased_at, client_id, card_id, account_id, total, discount_percent, discount_amount, "
                        + "bonus_spent, amount_paid, bonus_earned, refunded_amount, bonus_returned, bonus_taken_back) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0) on conflict do nothing",
                event.receiptKey(), event.storeCode(), event.receiptId(), event.cashier(),
                Timestamp.from(event.purchasedAt()), event.clientId(), event.cardId(), event.accountId(),
                event.total(), event.discountPercent(), event.discountAmount(), event.bonusSpent(),
                event.amountPaid(), event.bonusEarned());
        if (inserted == 0) {
            return;
        }
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < event.lines().size(); i++) {
            PurchaseLine line = event.lines().get(i);
            lines.add(new Object[]{event.receiptKey(), i + 1, line.itemCode(), line.name(), line.quantity(),
                    line.price(), line.amount(), line.itemGroup()});
        }
        jdbc.batchUpdate("insert into purchase_line_view (receipt_key, line_number, item_code, name, quantity, price, "
                + "amount, item_group, refunded) values (?, ?, ?, ?, ?, ?, ?, ?, false)", lines);
    }

    @EventHandler
    void on(PurchaseRefundedEvent event) {
        if (jdbc.update("insert into purchase_refund_view (receipt_key, refund_id) values (?, ?) "
                + "on conflict do nothing", event.receiptKey(), event.refundId()) == 0) {
            return;
        }
        jdbc.update("update purchase_view set refunded_amount = refunded_amount + ?, "
                        + "bonus_returned = bonus_returned + ?, bonus_taken_back = bonus_taken_back + ? "
                        + "where receipt_key = ?",
                event.refundedAmount(), event.bonusReturned(), event.bonusTakenBack(), event.receiptKey());
        jdbc.batchUpdate("update purchase_line_view set refunded = true where receipt_key = ? and line_number = ?",
                event.lineNumbers().stream().map(line -> new Object[]{event.receiptKey(), line}).toList());
    }
}
