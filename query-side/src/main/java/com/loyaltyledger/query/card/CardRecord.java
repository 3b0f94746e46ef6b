package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardStatus;
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
    @Column(nullable = false)
    private Instant issuedAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected CardRecord() {
    }

    CardRecord(String id, String number, Instant issuedAt) {
        this.id = id;
        this.number = number;
        this.issuedAt = issuedAt;
        this.updatedAt = issuedAt;
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

    Instant issuedAt() {
        return issuedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    CardDetails details() {
        return new CardDetails(groupId, validFrom, validTo, homeStoreCode, multiplier, multiplierFrom, multiplierTo);
    }

    void applyDetails(CardDetails details) {
        groupId = details.groupId();
        validFrom = details.validFrom();
        validTo = details.validTo();
        homeStoreCode = details.homeStoreCode();
        multiplier = details.multiplier();
        multiplierFrom = details.multiplierFrom();
        multiplierTo = details.multiplierTo();
    }

    void setStatus(CardStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    void setPinSet(boolean pinSet) {
        this.pinSet = pinSet;
    }

    void setOwner(String ownerId) {
        this.ownerId = ownerId;
    }

    void touch(Instant at) {
        updatedAt = at;
    }
}
