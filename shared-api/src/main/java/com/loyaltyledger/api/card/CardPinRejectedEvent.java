package com.loyaltyledger.api.card;

import java.time.Instant;

/**
 * A purchase tried to spend with a wrong PIN. {@code failures} counts the wrong PINs in a row; the one that
 * reaches the limit locks spending with the card until {@code lockedUntil} (null while it is not locked).
 */
public record CardPinRejectedEvent(String cardId, int failures, Instant lockedUntil) {
}
