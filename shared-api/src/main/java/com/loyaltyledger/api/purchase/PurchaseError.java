package com.loyaltyledger.api.purchase;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

public enum PurchaseError implements ErrorCode {
    NOT_FOUND("purchase.not_found", ErrorCategory.NOT_FOUND),
    CARD_NOT_FOUND("purchase.card_not_found", ErrorCategory.RULE_VIOLATION),
    CARD_BLOCKED("purchase.card_blocked", ErrorCategory.RULE_VIOLATION),
    CARD_NOT_VALID("purchase.card_not_valid", ErrorCategory.RULE_VIOLATION),
    CARD_NOT_LINKED("purchase.card_not_linked", ErrorCategory.RULE_VIOLATION),
    NO_BONUS_ACCOUNT("purchase.no_bonus_account", ErrorCategory.RULE_VIOLATION),
    PAYMENT_NOT_ALLOWED("purchase.payment_not_allowed", ErrorCategory.RULE_VIOLATION),
    ACCRUAL_NOT_ALLOWED("purchase.accrual_not_allowed", ErrorCategory.RULE_VIOLATION),
    CLIENT_NOT_FOUND("purchase.client_not_found", ErrorCategory.RULE_VIOLATION),
    CLIENT_BLOCKED("purchase.client_blocked", ErrorCategory.RULE_VIOLATION),
    CLIENT_DELETED("purchase.client_deleted", ErrorCategory.RULE_VIOLATION),
    LINE_ALREADY_REFUNDED("purchase.line_already_refunded", ErrorCategory.CONFLICT),
    ALREADY_REFUNDED("purchase.already_refunded", ErrorCategory.CONFLICT),
    /** The client's accumulated purchase total would pass the largest the product keeps. */
    ACCUMULATED_TOTAL_LIMIT("purchase.accumulated_total_limit", ErrorCategory.RULE_VIOLATION),
    /** A till or cashier bound to stores sent a receipt of another store. */
    STORE_NOT_ALLOWED("purchase.store_not_allowed", ErrorCategory.FORBIDDEN);

    private final String code;
    private final ErrorCategory category;

    PurchaseError(String code, ErrorCategory category) {
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
