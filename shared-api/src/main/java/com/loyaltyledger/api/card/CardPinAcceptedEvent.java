package com.loyaltyledger.api.card;

/** The right PIN after wrong ones: the count of wrong PINs starts again. */
public record CardPinAcceptedEvent(String cardId, int failuresBefore) {
}
