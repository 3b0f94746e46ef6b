package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money and points as {@code long} minor units of an asset whose scale says where the decimal point is: with
 * scale 2, {@code 1050} is {@code 10.50}. Callers send decimals; converting refuses what the asset cannot hold.
 */
public final class Amounts {

    /** Beyond this, sums of many amounts could overflow a long; no loyalty programme moves such sums. */
    public static final long MAX_MINOR = 1_000_000_000_000_000L;
    /**
     * The largest balance an account can hold, and the most negative: 10^15 minor units (10,000,000,000,000.00 at
     * scale 2); the holds on an account add up to at most as much. Far from a long's limit, so sums of balances,
     * holds and a day's spending are exact.
     */
    public static final long MAX_BALANCE = MAX_MINOR;

    private Amounts() {
    }

    /** A posting amount: positive, with no more decimals than the scale. */
    public static long positive(BigDecimal amount, int scale, String field) {
        long minor = any(amount, scale, field);
        if (minor <= 0) {
            throw DomainException.invalidField(field, field + " must be greater than zero");
        }
        return minor;
    }

    /** A balance or limit: any sign, with no more decimals than the scale. */
    public static long any(BigDecimal amount, int scale, String field) {
        if (amount == null) {
            throw DomainException.invalidField(field, field + " is required");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw DomainException.invalidField(field, field + " has more than " + scale + " decimal places");
        }
        BigDecimal minor = amount.movePointRight(scale);
        if (minor.abs().compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw DomainException.invalidField(field, field + " is too large");
        }
        return minor.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal decimal(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale);
    }

    /** The decimal string the API shows, e.g. {@code "10.50"}. */
    public static String format(long minor, int scale) {
        return decimal(minor, scale).toPlainString();
    }
}
