package com.loyaltyledger.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenAccountCommand(@TargetAggregateIdentifier String accountId,
                                 String number,
                                 String name,
                                 String accountTypeId,
                                 AccountOwner owner) {
}
