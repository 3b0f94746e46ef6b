package com.loyaltyledger.api.card;

/** A card moved, with the operator's explicit confirmation, from one client to another. */
public record CardRelinkedEvent(String cardId, String number, String previousOwnerId, String clientId) {
}
