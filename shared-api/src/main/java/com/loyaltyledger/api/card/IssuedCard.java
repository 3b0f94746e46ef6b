package com.loyaltyledger.api.card;

/** The answer to {@link IssueCardCommand}: the card's id and its number as stored. */
public record IssuedCard(String cardId, String number) {
}
