package com.loyaltyledger.api.category;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

public enum CategoryError implements ErrorCode {
    NOT_FOUND("category.not_found", ErrorCategory.NOT_FOUND),
    NAME_TAKEN("category.name_taken", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    CategoryError(String code, ErrorCategory category) {
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
