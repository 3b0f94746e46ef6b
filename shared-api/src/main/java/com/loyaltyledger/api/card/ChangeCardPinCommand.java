package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new PIN, or with a null {@code pin} removes the card's PIN. */
public record ChangeCardPinCommand(@TargetAggregateIdentifier String cardId, Pin pin) {
}
