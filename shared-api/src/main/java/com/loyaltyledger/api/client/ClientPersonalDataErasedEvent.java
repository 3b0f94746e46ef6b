package com.loyaltyledger.api.client;

/** From this event on, the client's personal data in earlier events can no longer be decrypted. */
public record ClientPersonalDataErasedEvent(String clientId) {
}
