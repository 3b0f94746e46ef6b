package com.loyaltyledger.api.account;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the rules of a type; its asset and kind never change. */
public record ChangeAccountTypeCommand(@TargetAggregateIdentifier String accountTypeId,
                                       String name,
                                       BigDecimal minimumBalance,
                                       BigDecimal dailySpendLimit,
                                       boolean allowBelowMinimum) {
}
