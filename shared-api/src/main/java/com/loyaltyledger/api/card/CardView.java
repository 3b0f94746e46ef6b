package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A card as the read model knows it. {@code currentMultiplier} is derived: the card's own {@code multiplier}
 * while today lies in its period, else the group's default. The PIN is never shown, only whether there is one.
 *
 * @param statusReason the reason given with the last status change, if any
 */
public record CardView(String id,
                       String number,
                       String groupId,
                       String groupName,
                       CardType cardType,
                       CardStatus status,
                       String statusReason,
                       LocalDate validFrom,
                       LocalDate validTo,
                       String homeStoreCode,
                       BigDecimal multiplier,
                       LocalDate multiplierFrom,
                       LocalDate multiplierTo,
                       BigDecimal currentMultiplier,
                       String ownerId,
                       boolean pinSet,
                       Instant pinLockedUntil,
                       Instant issuedAt,
                       Instant updatedAt) {
}
