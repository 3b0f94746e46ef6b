package com.loyaltyledger.api.purchase;

import java.math.BigDecimal;

/**
 * What the till needs back: the discount to apply, the bonus spent and earned, what remains to pay with money,
 * the new balance, and where the client stands.
 *
 * @param amountPaid what the client pays with money: total minus discount minus bonus spent
 * @param accrualRefusal the error code why nothing was earned (e.g. a card that allows payment only), or null
 * @param step the client's step after this purchase; this purchase was priced at the step before it
 */
public record PurchaseResult(String receiptId,
                             String storeCode,
                             String clientId,
                             String cardId,
                             String accountId,
                             BigDecimal discountPercent,
                             BigDecimal discountAmount,
                             BigDecimal bonusSpent,
                             BigDecimal amountPaid,
                             BigDecimal bonusPercent,
                             BigDecimal multiplier,
                             BigDecimal bonusEarned,
                             String accrualRefusal,
                             BigDecimal balance,
                             BigDecimal available,
                             BigDecimal accumulatedTotal,
                             int step) {
}
