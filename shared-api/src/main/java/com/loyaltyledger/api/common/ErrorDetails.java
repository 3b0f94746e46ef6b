package com.loyaltyledger.api.common;

import java.util.List;
import java.util.Map;

/**
 * A {@link DomainException} flattened to plain data, so that it survives the trip back to the caller when
 * commands are routed through a remote bus (Axon Server) as the details of a command execution exception.
 */
public record ErrorDetails(String code, ErrorCategory category, String message, List<FieldError> fieldErrors,
                           Map<String, String> parameters) {

    public static ErrorDetails of(DomainException e) {
        return new ErrorDetails(e.errorCode().code(), e.errorCode().category(), e.getMessage(), e.fieldErrors(),
                e.parameters());
    }
}
