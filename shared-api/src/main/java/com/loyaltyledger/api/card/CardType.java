package com.loyaltyledger.api.card;

/** What the cards of a group are for. */
public enum CardType {
    BONUS,
    DISCOUNT,
    GIFT
}
