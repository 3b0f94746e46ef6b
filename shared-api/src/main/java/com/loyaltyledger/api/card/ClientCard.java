package com.loyaltyledger.api.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One card of a client, as the client's card block shows it at the till and in the back office: the "balances
 * from the bonus server" view, each card's status beside its bonus balance.
 *
 * @param bonusAccountId the card's bonus account; null while none is open (the group has no bonus account type)
 * @param bonusBalance in minor units of {@code bonusAsset}
 * @param bonusAvailable the balance minus holds, in minor units
 */
public record ClientCard(String cardId,
                         String number,
                         CardStatus status,
                         String groupId,
                         String groupName,
                         CardType cardType,
                         LocalDate validFrom,
                         LocalDate validTo,
                         BigDecimal currentMultiplier,
                         String bonusAccountId,
                         String bonusAsset,
                         Long bonusBalance,
                         Long bonusAvailable) {
}
