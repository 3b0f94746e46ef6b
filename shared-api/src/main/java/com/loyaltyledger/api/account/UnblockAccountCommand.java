package com.loyaltyledger.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnblockAccountCommand(@TargetAggregateIdentifier String accountId, String reason) {
}
