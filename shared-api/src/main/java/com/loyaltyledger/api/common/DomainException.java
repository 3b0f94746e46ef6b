package com.loyaltyledger.api.common;

import java.util.List;
import java.util.Map;

/**
 * A refusal by a business rule. Carries a stable {@link ErrorCode}, a message for people, the offending
 * fields (if the refusal is about input) and named parameters (e.g. the current owner of a card).
 */
public class DomainException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> parameters;

    public DomainException(ErrorCode errorCode, String message) {
        this(errorCode, message, List.of(), Map.of());
    }

    public DomainException(ErrorCode errorCode, String message, Map<String, String> parameters) {
        this(errorCode, message, List.of(), parameters);
    }

    public DomainException(ErrorCode errorCode, String message, List<FieldError> fieldErrors,
                           Map<String, String> parameters) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.parameters = Map.copyOf(parameters);
    }

    /** A single invalid field, reported as a 400 {@code validation.failed}. */
    public static DomainException invalidField(String field, String message) {
        return new DomainException(CommonError.VALIDATION_FAILED, message,
                List.of(new FieldError(field, message)), Map.of());
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> parameters() {
        return parameters;
    }
}
