package com.loyaltyledger.api.card;

import java.math.BigDecimal;

/** Bonus multipliers compare by value: 1.50 and 1.5 are the same multiplier and show as {@code 1.5}. */
public final class Multipliers {

    private Multipliers() {
    }

    public static BigDecimal normalize(BigDecimal multiplier) {
        if (multiplier == null) {
            return null;
        }
        BigDecimal stripped = multiplier.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String display(BigDecimal multiplier) {
        return multiplier == null ? null : multiplier.toPlainString();
    }
}
