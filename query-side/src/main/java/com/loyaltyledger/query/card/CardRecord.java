package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinAcceptedEvent;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardPinRejectedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the card list: everything about a card but its PIN, of which only the existence is kept. */
@Entity
@Table(name = "card_view")
public class CardRecord {

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 32)
    private String number;
    @Column(nullable = false, length = 36)
    private String groupId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status;
    @Column(length = 1000)
    private String statusReason;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Column(length = 64)
    private String homeStoreCode;
    @Column(precision = 9, scale = 4)
    private BigDecimal multiplier;
    private LocalDate multiplierFrom;
    private LocalDate multiplierTo;
    @Column(length = 36)
    private String ownerId;
    private boolean pinSet;
    /** Until when wrong PINs at the till locked spending with the card; null when they did not. */
    private Instant pinLockedUntil;
    @Column(nullable = false)
    private Instant issuedAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected CardRecord() {
    }

    private CardRecord(String id, String number, Instant issuedAt) {
        this.id = id;
        this.number = number;
        this.issuedAt = issuedAt;
        this.updatedAt = issuedAt;
    }

    static CardRecord issued(CardIssuedEvent event, Instant at) {
        CardRecord card = new CardRecord(event.cardId(), event.number(), at);
        card.applyDetails(event.details());
        card.status = event.status();
        card.pinSet = event.pinHash() != null;
        return card;
    }

    /**
     * Folds one later event of this card into the row. The projection and the state-as-of-a-moment query both
     * use it, so a card rebuilt from the event store looks exactly like the list's row did then.
     */
    void apply(Object event, Instant at) {
        switch (event) {
            case CardDetailsChangedEvent changed -> applyDetails(details().with(changed.after(),
                    changed.changedFields()));
            case CardPinChangedEvent changed -> {
                pinSet = changed.pinHash() != null;
                pinLockedUntil = null;
            }
            case CardPinRejectedEvent rejected -> pinLockedUntil = rejected.lockedUntil();
            case CardPinAcceptedEvent ignored -> pinLockedUntil = null;
            case CardStatusChangedEvent changed -> {
                status = changed.status();
                statusReason = changed.reason();
            }
            case CardLinkedEvent linked -> ownerId = linked.clientId();
            case CardRelinkedEvent relinked -> ownerId = relinked.clientId();
            case CardUnlinkedEvent ignored -> ownerId = null;
            default -> throw new IllegalArgumentException("Not a change of a card: " + event.getClass());
        }
        updatedAt = at;
    }

    String id() {
        return id;
    }

    String number() {
        return number;
    }

    String groupId() {
        return groupId;
    }

    CardStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    String ownerId() {
        return ownerId;
    }

    boolean pinSet() {
        return pinSet;
    }

    Instant pinLockedUntil() {
        return pinLockedUntil;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    CardDetails details() {
        return new CardDetails(groupId, validFrom, validTo, homeStoreCode, multiplier, multiplierFrom, multiplierTo);
    }

    private void applyDetails(CardDetails details) {
        groupId = details.groupId();
        validFrom = details.validFrom();
        validTo = details.validTo();
        homeStoreCode = details.homeStoreCode();
        multiplier = details.multiplier();
        multiplierFrom = details.multiplierFrom();
        multiplierTo = details.multiplierTo();
    }

}
