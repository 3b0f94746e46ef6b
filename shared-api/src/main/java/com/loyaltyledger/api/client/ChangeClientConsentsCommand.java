package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeClientConsentsCommand(@TargetAggregateIdentifier String clientId, ConsentsPatch change) {
}
