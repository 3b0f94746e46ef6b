package com.loyaltyledger.api.card;

/** What a card may be used for at the till. */
public enum CardStatus {
    /** Accrual and payment. */
    ACTIVE,
    ACCRUAL_ONLY,
    PAYMENT_ONLY,
    /** Neither; leaving this status needs a reason, as entering it does. */
    BLOCKED
}
