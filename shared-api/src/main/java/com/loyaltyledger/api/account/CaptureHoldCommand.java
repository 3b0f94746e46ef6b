package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import java.math.BigDecimal;
import org.axonframework.commandhandling.RoutingKey;

/** Debits {@code amount} of the hold (all of it when null) and releases the rest. */
public record CaptureHoldCommand(@RoutingKey String holdId, String transactionId, BigDecimal amount, PostingContext context) implements Idempotent {
}
