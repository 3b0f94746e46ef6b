package com.loyaltyledger.api.card;

import java.time.LocalDate;

/**
 * Filters of the card list; every null filter is ignored.
 *
 * @param numberPrefix the beginning of the number, in its stored form ({@link CardNumbers})
 * @param validOn cards whose validity period contains this day (open ends count as unbounded)
 */
public record CardSearchCriteria(String numberPrefix,
                                 String ownerId,
                                 CardStatus status,
                                 String groupId,
                                 LocalDate validOn) {
}
