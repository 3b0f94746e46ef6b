package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

public enum CardError implements ErrorCode {
    NOT_FOUND("card.not_found", ErrorCategory.NOT_FOUND),
    NUMBER_TAKEN("card.number_taken", ErrorCategory.CONFLICT),
    /** Carries the current owner as the parameter {@code currentOwnerId}. */
    OWNED_BY_OTHER_CLIENT("card.owned_by_other_client", ErrorCategory.CONFLICT),
    NOT_LINKED("card.not_linked", ErrorCategory.CONFLICT),
    BLOCKED("card.blocked", ErrorCategory.CONFLICT),
    GROUP_NOT_FOUND("card.group_not_found", ErrorCategory.RULE_VIOLATION),
    CLIENT_NOT_FOUND("card.client_not_found", ErrorCategory.RULE_VIOLATION),
    CLIENT_DELETED("card.client_deleted", ErrorCategory.RULE_VIOLATION),
    CARD_GROUP_NOT_FOUND("card_group.not_found", ErrorCategory.NOT_FOUND),
    /** Spending needs the card's PIN, and the purchase gave none. */
    PIN_REQUIRED("card.pin_required", ErrorCategory.RULE_VIOLATION),
    /** Carries {@code attemptsLeft}. */
    PIN_INVALID("card.pin_invalid", ErrorCategory.RULE_VIOLATION),
    /** Too many wrong PINs: spending is locked; carries {@code lockedUntil}. */
    PIN_LOCKED("card.pin_locked", ErrorCategory.RULE_VIOLATION);

    private final String code;
    private final ErrorCategory category;

    CardError(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
