package com.loyaltyledger.api.history;

/** One field of an entity that changed, as people read it. */
public record FieldChange(String field, String oldValue, String newValue) {
}
