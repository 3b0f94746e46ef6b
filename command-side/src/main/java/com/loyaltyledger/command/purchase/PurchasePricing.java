package com.loyaltyledger.command.purchase;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.client.ClientDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a purchase is priced for a client: the discount and bonus percents of the client's step in its category,
 * unless the client has its own; the discount taken off the total; bonus earned on what is paid with money,
 * times the card's multiplier, rounded half-even to the bonus asset's scale. One bonus point is worth one unit of
 * the purchase currency.
 */
public final class PurchasePricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PurchasePricing() {
    }

    public static BigDecimal discountPercent(ClientDetails client, CategoryTerms terms, int step) {
        if (client.individualDiscountPercent() != null) {
            return client.individualDiscountPercent();
        }
        return terms == null ? BigDecimal.ZERO.setScale(2) : terms.discountAt(step);
    }

    public static BigDecimal bonusPercent(ClientDetails client, CategoryTerms terms, int step) {
        if (client.individualBonusPercent() != null) {
            return client.individualBonusPercent();
        }
        return terms == null ? BigDecimal.ZERO.setScale(2) : terms.bonusAt(step);
    }

    /** The discount in money, rounded half-even to the currency's scale. */
    public static BigDecimal discount(BigDecimal total, BigDecimal percent, int currencyScale) {
        return total.multiply(percent).divide(HUNDRED, currencyScale, RoundingMode.HALF_EVEN);
    }

    /** Bonus earned on {@code paidWithMoney}, in minor units of an asset with {@code assetScale}. */
    public static long earned(BigDecimal paidWithMoney, BigDecimal bonusPercent, BigDecimal multiplier,
                              int assetScale) {
        return paidWithMoney.multiply(bonusPercent).multiply(multiplier)
                .divide(HUNDRED, assetScale, RoundingMode.HALF_EVEN)
                .unscaledValue().longValueExact();
    }

    /** The part {@code share / whole} of {@code amount}, rounded half-even to {@code scale}; zero of nothing. */
    public static BigDecimal part(BigDecimal amount, BigDecimal share, BigDecimal whole, int scale) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return amount.multiply(share).divide(whole, scale, RoundingMode.HALF_EVEN);
    }
}
