package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

public enum ClientError implements ErrorCode {
    NOT_FOUND("client.not_found", ErrorCategory.NOT_FOUND),
    ALREADY_EXISTS("client.already_exists", ErrorCategory.CONFLICT),
    DELETED("client.deleted", ErrorCategory.CONFLICT),
    NOT_DELETED("client.not_deleted", ErrorCategory.CONFLICT),
    ALREADY_BLOCKED("client.already_blocked", ErrorCategory.CONFLICT),
    NOT_BLOCKED("client.not_blocked", ErrorCategory.CONFLICT),
    PARENT_NOT_FOUND("client.parent_not_found", ErrorCategory.RULE_VIOLATION),
    PARENT_NOT_ORGANIZATION("client.parent_not_organization", ErrorCategory.RULE_VIOLATION),
    CATEGORY_NOT_FOUND("client.category_not_found", ErrorCategory.RULE_VIOLATION),
    HIERARCHY_CYCLE("client.hierarchy_cycle", ErrorCategory.RULE_VIOLATION),
    PERSONAL_DATA_ERASED("client.personal_data_erased", ErrorCategory.CONFLICT),
    /** Re-registration is for clients whose personal data was erased. */
    NOT_ERASED("client.personal_data_not_erased", ErrorCategory.CONFLICT);

    private final String code;
    private final ErrorCategory category;

    ClientError(String code, ErrorCategory category) {
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
