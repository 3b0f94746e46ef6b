package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps the card group list; replay-safe like {@link CardProjection}, in the same processing group. */
@Component
@ProcessingGroup(CardProjection.PROCESSING_GROUP)
class CardGroupProjection {

    private final CardGroupRecordRepository groups;

    CardGroupProjection(CardGroupRecordRepository groups) {
        this.groups = groups;
    }

    @EventHandler
    void on(CardGroupCreatedEvent event, @Timestamp Instant at) {
        CardGroupRecord group = groups.findById(event.cardGroupId())
                .orElseGet(() -> new CardGroupRecord(event.cardGroupId(), at));
        group.apply(event.details(), at);
        groups.save(group);
    }

    @EventHandler
    void on(CardGroupChangedEvent event, @Timestamp Instant at) {
        CardGroupRecord group = groups.findById(event.cardGroupId()).orElseThrow(() ->
                new IllegalStateException("Card group " + event.cardGroupId() + " is not in the card group list"));
        group.apply(group.details().with(event.after(), event.changedFields()), at);
    }
}
