package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import org.axonframework.commandhandling.RoutingKey;

public record ReleaseHoldCommand(@RoutingKey String holdId, String transactionId, PostingContext context) implements Idempotent {
}
