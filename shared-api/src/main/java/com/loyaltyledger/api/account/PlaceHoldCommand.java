package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Reserves {@code amount} until {@code expiresAt}, or for {@code ttl} from now (one of the two); the transaction id
 * becomes the hold's id.
 */
public record PlaceHoldCommand(@RoutingKey String accountId,
                               String transactionId,
                               BigDecimal amount,
                               String asset,
                               Instant expiresAt,
                               Duration ttl,
                               PostingContext context) implements Idempotent {
}
