package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.card.CardGroupView;
import com.loyaltyledger.api.card.CardType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the card group list. */
@Entity
@Table(name = "card_group_view")
public class CardGroupRecord {

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardType cardType;
    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal defaultMultiplier;
    @Column(length = 64)
    private String bonusAccountTypeId;
    private boolean pinRequiredToSpend;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected CardGroupRecord() {
    }

    CardGroupRecord(String id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    CardType cardType() {
        return cardType;
    }

    BigDecimal defaultMultiplier() {
        return defaultMultiplier;
    }

    CardGroupDetails details() {
        return new CardGroupDetails(name, cardType, defaultMultiplier, bonusAccountTypeId, pinRequiredToSpend);
    }

    void apply(CardGroupDetails details, Instant at) {
        name = details.name();
        cardType = details.cardType();
        defaultMultiplier = details.defaultMultiplier();
        bonusAccountTypeId = details.bonusAccountTypeId();
        pinRequiredToSpend = details.pinRequired();
        updatedAt = at;
    }

    CardGroupView view() {
        return new CardGroupView(id, name, cardType, defaultMultiplier, bonusAccountTypeId, pinRequiredToSpend,
                createdAt, updatedAt);
    }
}
