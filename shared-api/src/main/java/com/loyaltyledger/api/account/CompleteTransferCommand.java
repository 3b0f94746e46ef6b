package com.loyaltyledger.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteTransferCommand(@TargetAggregateIdentifier String sourceAccountId, String transferId) {
}
