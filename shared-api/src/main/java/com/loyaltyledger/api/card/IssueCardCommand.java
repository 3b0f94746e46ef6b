package com.loyaltyledger.api.card;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issues a card into a group. The number is normalized by {@link CardNumbers}; {@code pin} and
 * {@code ownerId} may be absent.
 */
public record IssueCardCommand(@TargetAggregateIdentifier String cardId,
                               String number,
                               CardDetails details,
                               Pin pin,
                               String ownerId) {
}
