package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new profile for a client whose personal data was erased; refused for any other client. */
public record ReRegisterClientCommand(@TargetAggregateIdentifier String clientId,
                                      ClientDetails details,
                                      Consents consents) {
}
