package com.loyaltyledger.api.card;

/** {@code number} in its stored form ({@link CardNumbers}). */
public record FindCardByNumberQuery(String number) {
}
