package com.loyaltyledger.api.common;

/** One invalid input field, named by its JSON path (e.g. {@code phones[1]}). */
public record FieldError(String field, String message) {
}
