package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.Idempotent;
import org.axonframework.commandhandling.RoutingKey;

public record ReversePostingCommand(@RoutingKey String originalTransactionId, String transactionId, PostingContext context) implements Idempotent {
}
