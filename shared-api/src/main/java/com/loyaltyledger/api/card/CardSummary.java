package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the card list. {@code currentMultiplier} is the one that applies today. */
public record CardSummary(String id,
                          String number,
                          String groupId,
                          String groupName,
                          CardStatus status,
                          LocalDate validFrom,
                          LocalDate validTo,
                          String ownerId,
                          BigDecimal currentMultiplier) {
}
