package com.loyaltyledger.api.account;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Reserves {@code amount} until {@code expiresAt}, or for {@code ttl} from now (one of the two); the transaction id
 * becomes the hold's id.
 */
public record PlaceHoldCommand(String accountId,
                               String transactionId,
                               BigDecimal amount,
                               String asset,
                               Instant expiresAt,
                               Duration ttl,
                               PostingContext context) {
}
