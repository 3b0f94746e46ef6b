package com.loyaltyledger.api.journal;

import java.time.Instant;

/** The balance made of the postings stored before {@code asOf}. */
public record BalanceAsOf(String accountId, String asset, Instant asOf, long balance) {
}
