package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One card of a client, as the client's card block shows it at the till and in the back office. The seeds show
 * each card's balance beside its status; balances are not part of this record because they belong to the ledger:
 * they join in here, by card id, when the ledger lands.
 */
public record ClientCard(String cardId,
                         String number,
                         CardStatus status,
                         String groupId,
                         String groupName,
                         CardType cardType,
                         LocalDate validFrom,
                         LocalDate validTo,
                         BigDecimal currentMultiplier) {
}
