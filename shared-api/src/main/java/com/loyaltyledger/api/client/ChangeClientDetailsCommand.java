package com.loyaltyledger.api.client;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the listed {@code fields} to their values in {@code details}; other fields stay as they are. */
public record ChangeClientDetailsCommand(@TargetAggregateIdentifier String clientId,
                                         ClientDetails details,
                                         Set<ClientField> fields) {
}
