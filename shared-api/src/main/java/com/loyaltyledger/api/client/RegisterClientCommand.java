package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Phones in {@code details} are already normalized to E.164 by the caller's boundary. */
public record RegisterClientCommand(@TargetAggregateIdentifier String clientId,
                                    ClientKind kind,
                                    ClientSource source,
                                    ClientDetails details,
                                    Consents consents) {
}
