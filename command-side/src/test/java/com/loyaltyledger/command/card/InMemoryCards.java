package com.loyaltyledger.command.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cards known to fixture tests, by id. */
public final class InMemoryCards implements CardDirectory {

    private final Map<String, CardFacts> cards = new LinkedHashMap<>();

    public InMemoryCards add(CardFacts card) {
        cards.put(card.cardId(), card);
        return this;
    }

    @Override
    public List<String> cardsOwnedBy(String clientId) {
        List<String> owned = new ArrayList<>();
        cards.values().stream().filter(card -> clientId.equals(card.ownerId())).forEach(card -> owned.add(
                card.cardId()));
        return owned;
    }

    @Override
    public Optional<CardFacts> find(String cardId) {
        return Optional.ofNullable(cards.get(cardId));
    }

    @Override
    public Optional<CardFacts> findByNumber(String number) {
        return cards.values().stream().filter(card -> card.number().equals(number)).findFirst();
    }
}
