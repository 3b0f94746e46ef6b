package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;
import java.util.List;

public record PurchaseRefundedEvent(String receiptKey,
                                    String storeCode,
                                    String receiptId,
                                    String clientId,
                                    String accountId,
                                    String refundId,
                                    List<Integer> lineNumbers,
                                    BigDecimal refundedAmount,
                                    BigDecimal bonusReturned,
                                    BigDecimal bonusTakenBack,
                                    BigDecimal balanceAfter,
                                    BigDecimal availableAfter,
                                    String requestHash) {
}
