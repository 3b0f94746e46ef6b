package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinAcceptedEvent;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardPinRejectedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import com.loyaltyledger.api.card.EditableField;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.query.history.HistoryProcessing;
import com.loyaltyledger.query.history.HistoryWriter;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Writes card and card group events into the history, old to new. A change of owner is also written into the
 * history of each client concerned, so a client's history shows the cards it got and lost. A PIN never has a
 * value here: only that one was set, changed or removed.
 */
@Component
@ProcessingGroup(HistoryProcessing.GROUP)
class CardHistoryProjection {

    private static final String CARD = "card";
    private static final String OWNER = "ownerId";

    private final HistoryWriter history;

    CardHistoryProjection(HistoryWriter history) {
        this.history = history;
    }

    @EventHandler
    void on(CardIssuedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("number", null, event.number()));
        changes.addAll(created(CardField.values(), event.details()));
        changes.add(new FieldChange("status", null, event.status().name()));
        if (event.pinHash() != null) {
            changes.add(new FieldChange("pinSet", null, "true"));
        }
        history.record(message, token, EntityType.CARD, event.cardId(), "Card " + event.number() + " issued",
                changes);
    }

    @EventHandler
    void on(CardDetailsChangedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD, event.cardId(), "Details changed",
                changed(event.changedFields(), event.before(), event.after()));
    }

    @EventHandler
    void on(CardPinRejectedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("pinFailures", String.valueOf(event.failures() - 1),
                String.valueOf(event.failures())));
        if (event.lockedUntil() != null) {
            changes.add(new FieldChange("pinLockedUntil", null, event.lockedUntil().toString()));
        }
        history.record(message, token, EntityType.CARD, event.cardId(), event.lockedUntil() == null
                ? "Wrong PIN at the till" : "Wrong PIN at the till: spending locked until " + event.lockedUntil(),
                changes);
    }

    @EventHandler
    void on(CardPinAcceptedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD, event.cardId(), "Right PIN at the till after wrong ones",
                List.of(new FieldChange("pinFailures", String.valueOf(event.failuresBefore()), "0")));
    }

    @EventHandler
    void on(CardPinChangedEvent event, EventMessage<?> message, TrackingToken token) {
        boolean removed = event.pinHash() == null;
        history.record(message, token, EntityType.CARD, event.cardId(), removed ? "PIN removed" : "PIN changed",
                removed ? List.of(new FieldChange("pinSet", "true", "false")) : List.of());
    }

    @EventHandler
    void on(CardStatusChangedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", event.previousStatus().name(), event.status().name()));
        if (event.reason() != null) {
            changes.add(new FieldChange("statusReason", null, event.reason()));
        }
        // the reason is in its own field, which erasing the owner's personal data empties, never in the summary
        history.record(message, token, EntityType.CARD, event.cardId(), "Status " + event.status().name(), changes);
    }

    @EventHandler
    void on(CardLinkedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD, event.cardId(), "Linked to client " + event.clientId(),
                List.of(new FieldChange(OWNER, null, event.clientId())));
        history.record(message, token, EntityType.CLIENT, event.clientId(), "Card " + event.number() + " linked",
                List.of(new FieldChange(CARD, null, event.number())));
    }

    @EventHandler
    void on(CardRelinkedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD, event.cardId(),
                "Relinked from client " + event.previousOwnerId() + " to client " + event.clientId(),
                List.of(new FieldChange(OWNER, event.previousOwnerId(), event.clientId())));
        history.record(message, token, EntityType.CLIENT, event.previousOwnerId(),
                "Card " + event.number() + " relinked to client " + event.clientId(),
                List.of(new FieldChange(CARD, event.number(), null)));
        history.record(message, token, EntityType.CLIENT, event.clientId(),
                "Card " + event.number() + " relinked from client " + event.previousOwnerId(),
                List.of(new FieldChange(CARD, null, event.number())));
    }

    @EventHandler
    void on(CardUnlinkedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD, event.cardId(),
                "Unlinked from client " + event.previousOwnerId(),
                List.of(new FieldChange(OWNER, event.previousOwnerId(), null)));
        history.record(message, token, EntityType.CLIENT, event.previousOwnerId(),
                "Card " + event.number() + " unlinked", List.of(new FieldChange(CARD, event.number(), null)));
    }

    @EventHandler
    void on(CardGroupCreatedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD_GROUP, event.cardGroupId(), "Card group created",
                created(CardGroupField.values(), event.details()));
    }

    @EventHandler
    void on(CardGroupChangedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.CARD_GROUP, event.cardGroupId(), "Card group changed",
                changed(event.changedFields(), event.before(), event.after()));
    }

    private static <D> List<FieldChange> created(EditableField<D>[] fields, D details) {
        List<FieldChange> changes = new ArrayList<>();
        for (EditableField<D> field : fields) {
            String value = field.display(details);
            if (value != null) {
                changes.add(new FieldChange(field.apiName(), null, value));
            }
        }
        return changes;
    }

    private static <D> List<FieldChange> changed(List<? extends EditableField<D>> fields, D before, D after) {
        return fields.stream()
                .map(field -> new FieldChange(field.apiName(), field.display(before), field.display(after)))
                .toList();
    }
}
