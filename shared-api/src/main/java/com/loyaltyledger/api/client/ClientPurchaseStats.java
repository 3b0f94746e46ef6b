package com.loyaltyledger.api.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A client's purchases in figures, net of refunds.
 *
 * @param accumulatedTotal what the category's steps count: every purchase's cost after discount, less refunds
 */
public record ClientPurchaseStats(long receipts,
                                  BigDecimal total,
                                  BigDecimal averageReceipt,
                                  BigDecimal averageLines,
                                  Instant firstPurchaseAt,
                                  Instant lastPurchaseAt,
                                  BigDecimal accumulatedTotal) {
}
