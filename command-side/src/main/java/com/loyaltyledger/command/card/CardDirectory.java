package com.loyaltyledger.command.card;

import java.util.List;
import java.util.Optional;

/** Facts about cards that rules and policies outside the card need; written in the card events' transaction. */
public interface CardDirectory {

    /** The ids of the cards {@code clientId} owns, in a stable order. */
    List<String> cardsOwnedBy(String clientId);

    Optional<CardFacts> find(String cardId);

    /** @param number as stored: trimmed and upper-cased */
    Optional<CardFacts> findByNumber(String number);
}
