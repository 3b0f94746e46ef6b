package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A soft delete: the client can be restored; its cards are unlinked, its accounts and history stay. */
public record DeleteClientCommand(@TargetAggregateIdentifier String clientId, String reason) {
}
