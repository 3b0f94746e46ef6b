package com.loyaltyledger.api.card;

public record FindCardQuery(String cardId) {
}
