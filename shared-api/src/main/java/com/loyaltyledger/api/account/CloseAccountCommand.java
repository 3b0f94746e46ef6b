package com.loyaltyledger.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseAccountCommand(@TargetAggregateIdentifier String accountId, String reason) {
}
