package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives the card to a client. A card that already belongs to someone else moves only with
 * {@code confirmRelink}; without it the refusal names the current owner.
 */
public record LinkCardCommand(@TargetAggregateIdentifier String cardId, String clientId, boolean confirmRelink) {
}
