package com.loyaltyledger.api.common;

/** Error codes not owned by one feature. */
public enum CommonError implements ErrorCode {
    VALIDATION_FAILED("validation.failed", ErrorCategory.INVALID_INPUT),
    MALFORMED_REQUEST("request.malformed", ErrorCategory.INVALID_INPUT),
    NOT_FOUND("resource.not_found", ErrorCategory.NOT_FOUND),
    CONCURRENT_MODIFICATION("concurrent_modification", ErrorCategory.CONFLICT),
    /** A unique key of a command-side table that no feature has a code of its own for. */
    DUPLICATE("resource.duplicate", ErrorCategory.CONFLICT),
    /** A filter on personal data the caller's role sees masked or not at all; carries {@code filter}. */
    FILTER_NOT_ALLOWED("access.filter_not_allowed", ErrorCategory.FORBIDDEN);

    private final String code;
    private final ErrorCategory category;

    CommonError(String code, ErrorCategory category) {
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
