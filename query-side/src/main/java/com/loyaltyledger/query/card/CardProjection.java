package com.loyaltyledger.query.card;

import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinAcceptedEvent;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardPinRejectedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the card list. Changes set state from the event. */
@Component
@ProcessingGroup(CardProjection.PROCESSING_GROUP)
class CardProjection {

    static final String PROCESSING_GROUP = "cards";

    private final CardRecordRepository cards;
    private final EntityManager entities;

    CardProjection(CardRecordRepository cards, EntityManager entities) {
        this.cards = cards;
        this.entities = entities;
    }

    /** A card's status reason is free text about its owner: emptied when the owner's data is erased. */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        entities.flush();
        entities.createNativeQuery("update card_view set status_reason = null where owner_id = ?1 "
                + "and status_reason is not null").setParameter(1, event.clientId()).executeUpdate();
        entities.createNativeQuery("update erasure_vacuum set requested_at = ?1 where id = 1")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).executeUpdate();
    }

    @EventHandler
    void on(CardIssuedEvent event, @Timestamp Instant at) {
        // persist, not save: a new card needs no look-up (save would merge, selecting first); a batch commits
        // with its token and a replay starts from an empty list, so a card never comes twice
        entities.persist(CardRecord.issued(event, at));
    }

    @EventHandler
    void on(CardDetailsChangedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardPinChangedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardPinRejectedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardPinAcceptedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardStatusChangedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardLinkedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardRelinkedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    @EventHandler
    void on(CardUnlinkedEvent event, @Timestamp Instant at) {
        change(event.cardId(), event, at);
    }

    private void change(String cardId, Object event, Instant at) {
        cards.findById(cardId)
                .orElseThrow(() -> new IllegalStateException("Card " + cardId + " is not in the card list"))
                .apply(event, at);
    }
}
