package com.loyaltyledger.api.client;

/** The answer to {@link RegisterClientCommand}: the new client's id and its generated code. */
public record ClientRegistration(String clientId, String code) {
}
