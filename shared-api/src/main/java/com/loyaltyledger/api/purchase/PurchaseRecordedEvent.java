package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A receipt processed: the stream of the receipt starts here. The postings it caused are events of the account,
 * the step it moved the client to an event of the client; this one keeps the lines and the answer given.
 *
 * @param receiptKey the receipt's aggregate id, derived from store code and receipt id
 * @param amountDue total minus discount: what the purchase counts for in the client's accumulated total
 * @param requestHash fingerprint of the request, to tell a repeat from a reuse of the receipt id
 */
public record PurchaseRecordedEvent(String receiptKey,
                                    String storeCode,
                                    String receiptId,
                                    String cashier,
                                    Instant purchasedAt,
                                    String clientId,
                                    String cardId,
                                    String accountId,
                                    List<PurchaseLine> lines,
                                    BigDecimal total,
                                    BigDecimal discountPercent,
                                    BigDecimal discountAmount,
                                    BigDecimal amountDue,
                                    BigDecimal bonusSpent,
                                    BigDecimal amountPaid,
                                    BigDecimal bonusPercent,
                                    BigDecimal multiplier,
                                    BigDecimal bonusEarned,
                                    String accrualRefusal,
                                    BigDecimal balanceAfter,
                                    BigDecimal availableAfter,
                                    BigDecimal accumulatedAfter,
                                    int stepAfter,
                                    String requestHash) {
}
