package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnblockClientCommand(@TargetAggregateIdentifier String clientId, String reason) {
}
