package com.loyaltyledger.api.card;

import java.time.Instant;

/** A card as it was at a moment, rebuilt from its events up to and including that moment. */
public record FindCardAsOfQuery(String cardId, Instant asOf) {
}
