package com.loyaltyledger.command.card;

import java.util.List;

/** Facts about cards that rules and policies outside the card need; written in the card events' transaction. */
@FunctionalInterface
public interface CardDirectory {

    /** The ids of the cards {@code clientId} owns, in a stable order. */
    List<String> cardsOwnedBy(String clientId);
}
