package com.loyaltyledger.api.account;

/** Every account type, by name; there are few. */
public record FindAccountTypesQuery() {
}
