package com.loyaltyledger.api.card;

/** A new card; an initial owner follows as a {@link CardLinkedEvent}. {@code pinHash} is null without a PIN. */
public record CardIssuedEvent(String cardId,
                              String number,
                              CardDetails details,
                              CardStatus status,
                              PinHash pinHash) {
}
