package com.loyaltyledger.api.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A purchase counted towards the client's accumulated total; the step (of the category's discount and bonus
 * ladders) follows from the total.
 *
 * @param amount what the purchase cost after its discount
 * @param lineCount the receipt's number of lines, for the client's purchase statistics
 */
public record ClientPurchaseRecordedEvent(String clientId,
                                          String storeCode,
                                          String receiptId,
                                          Instant purchasedAt,
                                          BigDecimal amount,
                                          int lineCount,
                                          BigDecimal accumulatedAfter,
                                          int stepBefore,
                                          int stepAfter) {
}
