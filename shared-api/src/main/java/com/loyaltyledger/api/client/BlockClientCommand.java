package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record BlockClientCommand(@TargetAggregateIdentifier String clientId, String reason) {
}
