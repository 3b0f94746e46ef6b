package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes the card from its owner. With {@code expectedOwnerId} it only does so while that client still owns
 * the card, and otherwise does nothing: the product sends it that way when a client is deleted, so that
 * handling the deletion again (after a crash) changes nothing. Without it, unlinking a card that has no owner is
 * refused.
 */
public record UnlinkCardCommand(@TargetAggregateIdentifier String cardId, String expectedOwnerId) {
}
