package com.loyaltyledger.api.card;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a group or changes its defaults: the listed {@code fields} take their values from {@code details}. */
public record ChangeCardGroupCommand(@TargetAggregateIdentifier String cardGroupId,
                                     CardGroupDetails details,
                                     Set<CardGroupField> fields) {
}
