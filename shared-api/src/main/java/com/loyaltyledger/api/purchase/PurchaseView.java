package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A receipt as processed, with what was refunded of it since. */
public record PurchaseView(String receiptId,
                           String storeCode,
                           String cashier,
                           Instant purchasedAt,
                           String clientId,
                           String cardId,
                           String accountId,
                           List<PurchaseLineView> lines,
                           BigDecimal total,
                           BigDecimal discountPercent,
                           BigDecimal discountAmount,
                           BigDecimal bonusSpent,
                           BigDecimal amountPaid,
                           BigDecimal bonusEarned,
                           BigDecimal refundedAmount,
                           BigDecimal bonusReturned,
                           BigDecimal bonusTakenBack) {
}
