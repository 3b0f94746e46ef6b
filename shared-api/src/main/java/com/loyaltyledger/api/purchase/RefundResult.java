package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param refundedAmount the refunded lines' share of what the purchase cost after its discount
 * @param bonusReturned spent bonus given back to the client
 * @param bonusTakenBack earned bonus taken back from the client
 */
public record RefundResult(String receiptId,
                           String storeCode,
                           String refundId,
                           List<Integer> lineNumbers,
                           BigDecimal refundedAmount,
                           BigDecimal bonusReturned,
                           BigDecimal bonusTakenBack,
                           BigDecimal balance,
                           BigDecimal available) {
}
