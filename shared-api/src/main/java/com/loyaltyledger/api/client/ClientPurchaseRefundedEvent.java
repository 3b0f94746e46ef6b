package com.loyaltyledger.api.client;

import java.math.BigDecimal;

/** Part of a purchase returned: its amount no longer counts towards the client's accumulated total. */
public record ClientPurchaseRefundedEvent(String clientId,
                                          String storeCode,
                                          String receiptId,
                                          BigDecimal amount,
                                          BigDecimal accumulatedAfter,
                                          int stepAfter) {
}
