package com.loyaltyledger.command.card;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinAcceptedEvent;
import com.loyaltyledger.api.card.CardPinRejectedEvent;
import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import com.loyaltyledger.api.card.ChangeCardDetailsCommand;
import com.loyaltyledger.api.card.ChangeCardPinCommand;
import com.loyaltyledger.api.card.ChangeCardStatusCommand;
import com.loyaltyledger.api.card.EditableField;
import com.loyaltyledger.api.card.LinkCardCommand;
import com.loyaltyledger.api.card.PinHash;
import com.loyaltyledger.api.card.UnlinkCardCommand;
import com.loyaltyledger.api.common.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A loyalty card. A blocked card may still be edited (a new PIN, a longer validity: what one does before
 * unblocking it) and unlinked, but is not given to a client until it is unblocked.
 */
@Aggregate(cache = "aggregateCache")
public class Card {

    @AggregateIdentifier
    private String cardId;
    private String number;
    private CardDetails details;
    private CardStatus status;
    private PinHash pinHash;
    private String ownerId;
    /** Wrong PINs in a row at the till, and until when they locked spending. */
    private int pinFailures;
    private Instant spendingLockedUntil;

    protected Card() {
        // for Axon: rebuilt from events
    }

    /** Issuing goes through {@link CardIssuingHandler}, which checks the card and reserves its number first. */
    Card(String cardId, String number, CardDetails details, PinHash pinHash, String ownerId) {
        apply(new CardIssuedEvent(cardId, number, details, CardStatus.ACTIVE, pinHash));
        if (ownerId != null) {
            apply(new CardLinkedEvent(cardId, number, ownerId));
        }
    }

    @CommandHandler
    public void handle(ChangeCardDetailsCommand command, CardGroupDirectory groups) {
        if (command.details() == null || command.fields() == null) {
            return;
        }
        List<CardField> changed = EditableField.changed(command.fields(), details, command.details());
        if (changed.isEmpty()) {
            return;
        }
        CardDetails next = details.with(command.details(), changed);
        CardRules.validate(next);
        if (changed.contains(CardField.GROUP_ID)) {
            CardRules.requireGroup(groups, next.groupId());
        }
        apply(new CardDetailsChangedEvent(cardId, changed, details.only(changed), next.only(changed)));
    }

    @CommandHandler
    public void handle(ChangeCardPinCommand command, PinHasher hasher) {
        if (command.pin() == null) {
            if (pinHash != null) {
                apply(new CardPinChangedEvent(cardId, null));
            }
            return;
        }
        if (pinHash != null && hasher.matches(command.pin(), pinHash)) {
            return;
        }
        apply(new CardPinChangedEvent(cardId, hasher.hash(command.pin())));
    }

    @CommandHandler
    public void handle(ChangeCardStatusCommand command) {
        CardStatus next = command.status();
        if (next == null) {
            throw DomainException.invalidField("status",
                    "status is required: ACTIVE, ACCRUAL_ONLY, PAYMENT_ONLY or BLOCKED");
        }
        boolean blockingOrUnblocking = next == CardStatus.BLOCKED || status == CardStatus.BLOCKED;
        String reason = CardRules.reason(command.reason(), blockingOrUnblocking);
        if (next != status) {
            apply(new CardStatusChangedEvent(cardId, status, next, reason));
        }
    }

    @CommandHandler
    public void handle(LinkCardCommand command, CardOwnerPolicy owners) {
        String clientId = command.clientId() == null || command.clientId().isBlank() ? null
                : command.clientId().strip();
        if (clientId == null) {
            throw DomainException.invalidField("clientId", "clientId is required");
        }
        if (clientId.equals(ownerId)) {
            return;
        }
        if (status == CardStatus.BLOCKED) {
            throw new DomainException(CardError.BLOCKED,
                    "Card " + number + " is blocked; unblock it before giving it to a client");
        }
        owners.requireLinkable(clientId);
        if (ownerId == null) {
            apply(new CardLinkedEvent(cardId, number, clientId));
        } else if (command.confirmRelink()) {
            apply(new CardRelinkedEvent(cardId, number, ownerId, clientId));
        } else {
            throw new DomainException(CardError.OWNED_BY_OTHER_CLIENT, "Card " + number + " belongs to client "
                    + ownerId + "; confirm the relink to move it", Map.of("currentOwnerId", ownerId));
        }
    }

    @CommandHandler
    public void handle(UnlinkCardCommand command) {
        if (command.expectedOwnerId() != null) {
            if (command.expectedOwnerId().equals(ownerId)) {
                apply(new CardUnlinkedEvent(cardId, number, ownerId));
            }
            return;
        }
        if (ownerId == null) {
            throw new DomainException(CardError.NOT_LINKED, "Card " + number + " has no owner to unlink");
        }
        apply(new CardUnlinkedEvent(cardId, number, ownerId));
    }

    /** What a PIN given to spend bonus did: let the purchase go on, or refuse it (already recorded). */
    public enum PinCheck { ACCEPTED, MISSING, REJECTED, LOCKED }

    /**
     * Checks the PIN a purchase gives to spend bonus. A wrong one is recorded (the caller must keep the record
     * even though it refuses the purchase); the {@code policy.attempts()}-th wrong one in a row locks spending for
     * {@code policy.lockFor()}. While locked, no PIN is looked at. The right one clears the count.
     */
    public PinCheck checkPinToSpend(Pin pin, PinHasher hasher, PinPolicy policy, Instant now) {
        if (pinHash == null) {
            return PinCheck.ACCEPTED;
        }
        boolean lockOver = spendingLockedUntil != null && !now.isBefore(spendingLockedUntil);
        if (spendingLockedUntil != null && !lockOver) {
            return PinCheck.LOCKED;
        }
        if (pin == null) {
            return PinCheck.MISSING;
        }
        int failuresBefore = lockOver ? 0 : pinFailures;
        if (hasher.matches(pin, pinHash)) {
            if (pinFailures > 0) {
                apply(new CardPinAcceptedEvent(cardId, pinFailures));
            }
            return PinCheck.ACCEPTED;
        }
        int failures = failuresBefore + 1;
        Instant lockedUntil = failures >= policy.attempts() ? now.plus(policy.lockFor()) : null;
        apply(new CardPinRejectedEvent(cardId, failures, lockedUntil));
        return lockedUntil == null ? PinCheck.REJECTED : PinCheck.LOCKED;
    }

    public int pinAttemptsLeft(PinPolicy policy) {
        return Math.max(0, policy.attempts() - pinFailures);
    }

    public Instant spendingLockedUntil() {
        return spendingLockedUntil;
    }

    @EventSourcingHandler
    void on(CardPinRejectedEvent event) {
        pinFailures = event.failures();
        spendingLockedUntil = event.lockedUntil();
    }

    @EventSourcingHandler
    void on(CardPinAcceptedEvent event) {
        pinFailures = 0;
        spendingLockedUntil = null;
    }

    @EventSourcingHandler
    void on(CardIssuedEvent event) {
        cardId = event.cardId();
        number = event.number();
        details = event.details();
        status = event.status();
        pinHash = event.pinHash();
    }

    @EventSourcingHandler
    void on(CardDetailsChangedEvent event) {
        details = details.with(event.after(), event.changedFields());
    }

    @EventSourcingHandler
    void on(CardPinChangedEvent event) {
        pinHash = event.pinHash();
        // a new PIN from the back office starts afresh
        pinFailures = 0;
        spendingLockedUntil = null;
    }

    @EventSourcingHandler
    void on(CardStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(CardLinkedEvent event) {
        ownerId = event.clientId();
    }

    @EventSourcingHandler
    void on(CardRelinkedEvent event) {
        ownerId = event.clientId();
    }

    @EventSourcingHandler
    void on(CardUnlinkedEvent event) {
        ownerId = null;
    }
}
