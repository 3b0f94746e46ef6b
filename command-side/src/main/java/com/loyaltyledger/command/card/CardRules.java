package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a valid card looks like. All broken rules are reported at once, each naming its field, as a
 * {@code validation.failed} refusal.
 */
public final class CardRules {

    public static final int MAX_STORE_CODE = 64;
    public static final int MAX_REASON = 1_000;
    public static final int MAX_MULTIPLIER_DECIMALS = 4;
    /** Far above any real promotion; keeps a typo such as 15000 for 1.5 out of the books. */
    public static final BigDecimal MAX_MULTIPLIER = new BigDecimal("1000");

    private CardRules() {
    }

    public static void validate(CardDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.groupId() == null) {
            errors.add(new FieldError("groupId", "groupId is required: every card belongs to a card group"));
        }
        period(errors, "validTo", details.validFrom(), details.validTo());
        multiplier(errors, "multiplier", details.multiplier());
        if (details.multiplier() == null && (details.multiplierFrom() != null || details.multiplierTo() != null)) {
            errors.add(new FieldError("multiplier", "a multiplier period needs a multiplier"));
        }
        period(errors, "multiplierTo", details.multiplierFrom(), details.multiplierTo());
        if (details.homeStoreCode() != null && details.homeStoreCode().length() > MAX_STORE_CODE) {
            errors.add(new FieldError("homeStoreCode", "homeStoreCode is longer than " + MAX_STORE_CODE));
        }
        refuseIfAny(errors, "card");
    }

    /** The card's group must exist (a card group is never deleted, so existing is enough). */
    public static void requireGroup(CardGroupDirectory groups, String groupId) {
        if (!groups.exists(groupId)) {
            throw new DomainException(CardError.GROUP_NOT_FOUND, "Card group " + groupId + " does not exist",
                    Map.of("groupId", groupId));
        }
    }

    /** A reason as given, trimmed; required when {@code required}. */
    public static String reason(String reason, boolean required) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (trimmed == null && required) {
            throw DomainException.invalidField("reason", "a reason is required to block or unblock a card");
        }
        if (trimmed != null && trimmed.length() > MAX_REASON) {
            throw DomainException.invalidField("reason", "reason is longer than " + MAX_REASON);
        }
        return trimmed;
    }

    static void multiplier(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0) {
            errors.add(new FieldError(field, field + " must be greater than 0"));
        } else if (value.compareTo(MAX_MULTIPLIER) > 0) {
            errors.add(new FieldError(field, field + " must not exceed " + MAX_MULTIPLIER));
        } else if (value.scale() > MAX_MULTIPLIER_DECIMALS) {
            errors.add(new FieldError(field, field + " has more than " + MAX_MULTIPLIER_DECIMALS + " decimals"));
        }
    }

    static void refuseIfAny(List<FieldError> errors, String what) {
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED,
                    "The " + what + " is invalid: " + errors.getFirst().message(), errors, Map.of());
        }
    }

    private static void period(List<FieldError> errors, String endField, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(endField, endField + " is before the start of the period"));
        }
    }
}
