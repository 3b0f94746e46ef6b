package com.loyaltyledger.api.card;

public record CardStatusChangedEvent(String cardId, CardStatus previousStatus, CardStatus status, String reason) {
}
