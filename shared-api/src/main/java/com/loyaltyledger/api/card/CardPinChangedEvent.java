package com.loyaltyledger.api.card;

/** A new PIN, as its salted hash; a null {@code pinHash} means the PIN was removed. */
public record CardPinChangedEvent(String cardId, PinHash pinHash) {
}
