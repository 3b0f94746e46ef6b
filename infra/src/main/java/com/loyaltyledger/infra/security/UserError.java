package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

enum UserError implements ErrorCode {
    NOT_FOUND("user.not_found", ErrorCategory.NOT_FOUND),
    EXISTS("user.exists", ErrorCategory.CONFLICT),
    LAST_ADMIN("user.last_admin", ErrorCategory.CONFLICT),
    TILL_NOT_FOUND("till.not_found", ErrorCategory.NOT_FOUND),
    TILL_EXISTS("till.exists", ErrorCategory.CONFLICT),
    TILL_REVOKED("till.revoked", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    UserError(String code, ErrorCategory category) {
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
