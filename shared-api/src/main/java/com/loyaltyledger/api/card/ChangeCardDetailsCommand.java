package com.loyaltyledger.api.card;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the listed {@code fields} to their values in {@code details}; other fields stay as they are. */
public record ChangeCardDetailsCommand(@TargetAggregateIdentifier String cardId,
                                       CardDetails details,
                                       Set<CardField> fields) {
}
