package com.loyaltyledger.command.category;

import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Valid terms: a name, percents from 0 to 100 with at most two decimals, maxima not below the base. */
public final class CategoryRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_NAME = 200;

    private CategoryRules() {
    }

    public static void validate(CategoryTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        if (terms == null) {
            throw DomainException.invalidField("name", "a category needs a name");
        }
        if (terms.name() == null || terms.name().isBlank()) {
            errors.add(new FieldError("name", "a category needs a name"));
        } else if (terms.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "name is longer than " + MAX_NAME + " characters"));
        }
        percent(errors, "discountPercent", terms.discountPercent());
        percent(errors, "discountStepPercent", terms.discountStepPercent());
        percent(errors, "maxDiscountPercent", terms.maxDiscountPercent());
        percent(errors, "bonusPercent", terms.bonusPercent());
        percent(errors, "bonusStepPercent", terms.bonusStepPercent());
        percent(errors, "maxBonusPercent", terms.maxBonusPercent());
        notBelow(errors, "maxDiscountPercent", terms.maxDiscountPercent(), terms.discountPercent());
        notBelow(errors, "maxBonusPercent", terms.maxBonusPercent(), terms.bonusPercent());
        if (terms.stepAmount() != null && (terms.stepAmount().signum() <= 0
                || terms.stepAmount().stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError("stepAmount", "stepAmount must be positive, with at most two decimals"));
        }
        boolean steps = isPositive(terms.discountStepPercent()) || isPositive(terms.bonusStepPercent());
        if (steps && terms.stepAmount() == null) {
            errors.add(new FieldError("stepAmount", "step percents need a step amount"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "The category is invalid: " + errors.getFirst().message(), errors, Map.of());
        }
    }

    /** An individual percent of a client: from 0 to 100 with at most two decimals. */
    public static void individualPercent(List<FieldError> errors, String field, BigDecimal value) {
        percent(errors, field, value);
    }

    private static void percent(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError(field, field + " must be from 0 to 100 with at most two decimals"));
        }
    }

    private static void notBelow(List<FieldError> errors, String field, BigDecimal maximum, BigDecimal base) {
        if (maximum != null && base != null && maximum.compareTo(base) < 0) {
            errors.add(new FieldError(field, field + " cannot be below the base percent"));
        }
    }

    private static boolean isPositive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
