package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

public enum LedgerError implements ErrorCode {
    ACCOUNT_TYPE_NOT_FOUND("account_type.not_found", ErrorCategory.NOT_FOUND),
    ACCOUNT_NOT_FOUND("account.not_found", ErrorCategory.NOT_FOUND),
    NUMBER_TAKEN("account.number_taken", ErrorCategory.CONFLICT),
    BLOCKED("account.blocked", ErrorCategory.CONFLICT),
    CLOSED("account.closed", ErrorCategory.CONFLICT),
    ALREADY_BLOCKED("account.already_blocked", ErrorCategory.CONFLICT),
    NOT_BLOCKED("account.not_blocked", ErrorCategory.CONFLICT),
    NOT_EMPTY("account.not_empty", ErrorCategory.CONFLICT),
    TYPE_NOT_FOUND("account.type_not_found", ErrorCategory.RULE_VIOLATION),
    OWNER_NOT_FOUND("account.owner_not_found", ErrorCategory.RULE_VIOLATION),
    INSUFFICIENT_FUNDS("account.insufficient_funds", ErrorCategory.RULE_VIOLATION),
    DAILY_LIMIT_EXCEEDED("account.daily_limit_exceeded", ErrorCategory.RULE_VIOLATION),
    /** The balance would leave ±{@link Amounts#MAX_BALANCE}, or the holds would add up to more. */
    BALANCE_LIMIT("account.balance_limit", ErrorCategory.RULE_VIOLATION),
    /** The day's spending would no longer fit the counter (a long of minor units). */
    SPENDING_TOTAL_LIMIT("account.spending_total_limit", ErrorCategory.RULE_VIOLATION),
    ASSET_MISMATCH("account.asset_mismatch", ErrorCategory.RULE_VIOLATION),
    KIND_MISMATCH("account.kind_mismatch", ErrorCategory.RULE_VIOLATION),
    HOLD_NOT_FOUND("hold.not_found", ErrorCategory.NOT_FOUND),
    HOLD_NOT_ACTIVE("hold.not_active", ErrorCategory.CONFLICT),
    POSTING_NOT_FOUND("posting.not_found", ErrorCategory.NOT_FOUND),
    ALREADY_REVERSED("posting.already_reversed", ErrorCategory.CONFLICT),
    NOT_REVERSIBLE("posting.not_reversible", ErrorCategory.RULE_VIOLATION),
    TRANSFER_NOT_FOUND("transfer.not_found", ErrorCategory.NOT_FOUND),
    KEY_REUSED("idempotency.key_reused", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    LedgerError(String code, ErrorCategory category) {
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
