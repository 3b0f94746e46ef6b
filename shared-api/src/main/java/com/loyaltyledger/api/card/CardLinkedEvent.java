package com.loyaltyledger.api.card;

/** A card without an owner now belongs to {@code clientId}. The number is here for the client's history. */
public record CardLinkedEvent(String cardId, String number, String clientId) {
}
