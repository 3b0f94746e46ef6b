package com.loyaltyledger.api.common;

/** How a refusal is reported to a caller; the HTTP layer maps each to one status. */
public enum ErrorCategory {
    /** The request itself is malformed or invalid (400). */
    INVALID_INPUT,
    /** The thing the request names does not exist (404). */
    NOT_FOUND,
    /** The request conflicts with the current state, e.g. a taken number (409). */
    CONFLICT,
    /** The request is well-formed but a business rule refuses it (422). */
    RULE_VIOLATION,
    /** The caller may call this, but not for this thing, e.g. a till for another store (403). */
    FORBIDDEN
}
