package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.PageRequest;

/** Cards matching the criteria, by number. */
public record FindCardsQuery(CardSearchCriteria criteria, PageRequest page) {
}
