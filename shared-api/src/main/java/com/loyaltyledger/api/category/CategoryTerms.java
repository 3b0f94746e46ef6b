package com.loyaltyledger.api.category;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * What a client category grants. Discount and bonus start at their base percent and grow by one step percent
 * every time the client's accumulated purchase total passes another {@code stepAmount}, up to their maxima.
 * Without a step amount (or with zero step percents) they stay at the base.
 *
 * @param stepAmount in the purchase currency, e.g. {@code 10000.00}; null means no steps
 * @param accountTypeId the type of the account a client registered in this category gets; null for none
 * @param shownInLists whether operators may pick the category in selection lists
 */
public record CategoryTerms(String name,
                            BigDecimal discountPercent,
                            BigDecimal discountStepPercent,
                            BigDecimal maxDiscountPercent,
                            BigDecimal stepAmount,
                            BigDecimal bonusPercent,
                            BigDecimal bonusStepPercent,
                            BigDecimal maxBonusPercent,
                            String accountTypeId,
                            boolean shownInLists) {

    public CategoryTerms {
        // equal amounts compare equal whatever their written scale: 5, 5.0 and 5.00 are one percent
        discountPercent = cents(discountPercent);
        discountStepPercent = cents(discountStepPercent);
        maxDiscountPercent = cents(maxDiscountPercent);
        stepAmount = cents(stepAmount);
        bonusPercent = cents(bonusPercent);
        bonusStepPercent = cents(bonusStepPercent);
        maxBonusPercent = cents(maxBonusPercent);
        name = name == null ? null : name.strip();
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() > 2 ? value
                : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Field names as the API and history know them. */
    public static final Set<String> FIELDS = Set.of("name", "discountPercent", "discountStepPercent",
            "maxDiscountPercent", "stepAmount", "bonusPercent", "bonusStepPercent", "maxBonusPercent", "accountTypeId",
            "shownInLists");

    /** These terms with the named fields taken from {@code other}. */
    public CategoryTerms with(CategoryTerms other, Set<String> fields) {
        return new CategoryTerms(
                fields.contains("name") ? other.name : name,
                fields.contains("discountPercent") ? other.discountPercent : discountPercent,
                fields.contains("discountStepPercent") ? other.discountStepPercent : discountStepPercent,
                fields.contains("maxDiscountPercent") ? other.maxDiscountPercent : maxDiscountPercent,
                fields.contains("stepAmount") ? other.stepAmount : stepAmount,
                fields.contains("bonusPercent") ? other.bonusPercent : bonusPercent,
                fields.contains("bonusStepPercent") ? other.bonusStepPercent : bonusStepPercent,
                fields.contains("maxBonusPercent") ? other.maxBonusPercent : maxBonusPercent,
                fields.contains("accountTypeId") ? other.accountTypeId : accountTypeId,
                fields.contains("shownInLists") ? other.shownInLists : shownInLists);
    }

    /** Steps passed with this accumulated total: how many whole step amounts it holds. */
    public int step(BigDecimal accumulatedTotal) {
        if (stepAmount == null || stepAmount.signum() <= 0 || accumulatedTotal == null
                || accumulatedTotal.signum() <= 0) {
            return 0;
        }
        BigDecimal steps = accumulatedTotal.divide(stepAmount, 0, RoundingMode.DOWN);
        return steps.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : steps.intValue();
    }

    public BigDecimal discountAt(int step) {
        return grown(discountPercent, discountStepPercent, maxDiscountPercent, step);
    }

    public BigDecimal bonusAt(int step) {
        return grown(bonusPercent, bonusStepPercent, maxBonusPercent, step);
    }

    private static BigDecimal grown(BigDecimal base, BigDecimal perStep, BigDecimal maximum, int step) {
        BigDecimal start = base == null ? BigDecimal.ZERO : base;
        if (perStep == null || perStep.signum() == 0 || step == 0) {
            return start;
        }
        BigDecimal grown = start.add(perStep.multiply(BigDecimal.valueOf(step)));
        return maximum != null && grown.compareTo(maximum) > 0 ? maximum.max(start) : grown;
    }
}
