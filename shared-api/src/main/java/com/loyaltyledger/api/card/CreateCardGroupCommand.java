package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A missing {@code defaultMultiplier} means 1. */
public record CreateCardGroupCommand(@TargetAggregateIdentifier String cardGroupId, CardGroupDetails details) {
}
