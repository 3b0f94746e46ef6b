package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Blocking and unblocking need a reason; other changes may give one. */
public record ChangeCardStatusCommand(@TargetAggregateIdentifier String cardId, CardStatus status, String reason) {
}
