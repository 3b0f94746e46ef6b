package com.loyaltyledger.api.journal;

import java.math.BigInteger;
import java.time.Instant;

/**
 * An account's movement over [from, to): closing = opening + credits - debits. Minor units of the asset; debits and
 * credits are exact however many postings the period holds.
 */
public record Turnover(String accountId, String asset, Instant from, Instant to, long opening, BigInteger debits,
                       BigInteger credits, long closing) {
}
