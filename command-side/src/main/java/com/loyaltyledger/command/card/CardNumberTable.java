package com.loyaltyledger.command.card;

import com.loyaltyledger.command.common.Jdbc;

/**
 * Card numbers in use, as the primary key of {@code cmd_card_number}. The insert runs in the issuing unit of
 * work's transaction: a concurrent insert of the same number blocks on the key until that transaction ends and
 * then fails, so exactly one card gets the number.
 */
public final class CardNumberTable implements CardNumberReservations {

    private final Jdbc jdbc;

    public CardNumberTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserve(String number, String cardId) {
        try {
            jdbc.update("insert into cmd_card_number (number, card_id) values (?, ?)", number, cardId);
            return true;
        } catch (Jdbc.UniqueViolation taken) {
            return false;
        }
    }
}
