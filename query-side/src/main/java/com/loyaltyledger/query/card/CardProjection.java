package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the card list. Handlers set state from the event, so an event handled twice leaves the same row. */
@Component
@ProcessingGroup(CardProjection.PROCESSING_GROUP)
class CardProjection {

    static final String PROCESSING_GROUP = "cards";

    private final CardRecordRepository cards;

    CardProjection(CardRecordRepository cards) {
        this.cards = cards;
    }

    @EventHandler
    void on(CardIssuedEvent event, @Timestamp Instant at) {
        CardRecord card = cards.findById(event.cardId())
                .orElseGet(() -> new CardRecord(event.cardId(), event.number(), at));
        card.applyDetails(event.details());
        card.setStatus(event.status(), null);
        card.setPinSet(event.pinHash() != null);
        cards.save(card);
    }

    @EventHandler
    void on(CardDetailsChangedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at,
                card -> card.applyDetails(card.details().with(event.after(), event.changedFields())));
    }

    @EventHandler
    void on(CardPinChangedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at, card -> card.setPinSet(event.pinHash() != null));
    }

    @EventHandler
    void on(CardStatusChangedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at, card -> card.setStatus(event.status(), event.reason()));
    }

    @EventHandler
    void on(CardLinkedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at, card -> card.setOwner(event.clientId()));
    }

    @EventHandler
    void on(CardRelinkedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at, card -> card.setOwner(event.clientId()));
    }

    @EventHandler
    void on(CardUnlinkedEvent event, @Timestamp Instant at) {
        update(event.cardId(), at, card -> card.setOwner(null));
    }

    private void update(String cardId, Instant at, Consumer<CardRecord> change) {
        CardRecord card = cards.findById(cardId)
                .orElseThrow(() -> new IllegalStateException("Card " + cardId + " is not in the card list"));
        change.accept(card);
        card.touch(at);
    }
}
