package com.loyaltyledger.api.account;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateAccountTypeCommand(@TargetAggregateIdentifier String accountTypeId,
                                       String name,
                                       String asset,
                                       AccountKind kind,
                                       BigDecimal minimumBalance,
                                       BigDecimal dailySpendLimit,
                                       boolean allowBelowMinimum) {
}
