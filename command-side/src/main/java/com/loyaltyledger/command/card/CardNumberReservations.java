package com.loyaltyledger.command.card;

/**
 * The set of card numbers in use. A reservation is made in the transaction that issues the card, so two
 * concurrent issues of one number cannot both commit: the second waits for the first and then finds it taken.
 */
@FunctionalInterface
public interface CardNumberReservations {

    /** Reserves {@code number} for {@code cardId}; false when another card has it. */
    boolean reserve(String number, String cardId);
}
