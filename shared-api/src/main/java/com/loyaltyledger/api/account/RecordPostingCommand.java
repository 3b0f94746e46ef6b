package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Deposit, withdraw, accrue or redeem {@code amount} as the caller sent it; the account converts it to minor
 * units of its asset. {@code asset}, when given, must be the account's.
 */
public record RecordPostingCommand(@RoutingKey String accountId,
                                   String transactionId,
                                   PostingKind kind,
                                   BigDecimal amount,
                                   String asset,
                                   PostingContext context) implements Idempotent {
}
