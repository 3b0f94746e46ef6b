package com.loyaltyledger.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record BlockAccountCommand(@TargetAggregateIdentifier String accountId, String reason) {
}
