package com.loyaltyledger.api.card;

/** The card no longer belongs to anyone; it stays, as do its accounts and history. */
public record CardUnlinkedEvent(String cardId, String number, String previousOwnerId) {
}
