package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a purchase needs to know about a card and its group, in one read.
 *
 * @param bonusAccountTypeId the type of the group's bonus accounts; null when the group's cards have none
 * @param pinToSpend whether spending with the card needs its PIN: it has one and its group requires it
 */
public record CardFacts(String cardId,
                        String number,
                        String ownerId,
                        CardStatus status,
                        CardDetails details,
                        BigDecimal groupDefaultMultiplier,
                        String bonusAccountTypeId,
                        boolean pinToSpend) {

    /** Whether the card is valid on that day; an open end of the validity period does not limit it. */
    public boolean validOn(LocalDate day) {
        return (details.validFrom() == null || !day.isBefore(details.validFrom()))
                && (details.validTo() == null || !day.isAfter(details.validTo()));
    }

    public BigDecimal multiplierOn(LocalDate day) {
        return details.multiplierOn(day, groupDefaultMultiplier);
    }
}
