package com.loyaltyledger.command.card;

import java.time.Duration;

/** How many wrong PINs in a row lock spending with a card, and for how long. */
public record PinPolicy(int attempts, Duration lockFor) {

    public PinPolicy {
        if (attempts < 1 || lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A PIN policy needs at least one attempt and a positive lock time");
        }
    }
}
