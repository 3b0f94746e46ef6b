package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.PageRequest;

/** The cards a client owns, by number. */
public record FindClientCardsQuery(String clientId, PageRequest page) {
}
