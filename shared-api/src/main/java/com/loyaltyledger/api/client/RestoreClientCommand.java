package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RestoreClientCommand(@TargetAggregateIdentifier String clientId) {
}
