package com.loyaltyledger.api.journal;

import java.time.Instant;

/** An account's movement over [from, to): closing = opening + credits - debits. Minor units of the asset. */
public record Turnover(String accountId, String asset, Instant from, Instant to, long opening, long debits,
                       long credits, long closing) {
}
