package com.loyaltyledger.api.account;

/**
 * The other side of postings that do not move value between two real accounts. One per asset; they are not
 * aggregates (a shared aggregate would serialize every purchase), they exist in the journal only.
 */
public enum SystemAccount {
    BONUS_ISSUANCE,
    BONUS_REDEMPTION,
    CASH,
    ADJUSTMENT,
    /** Money between the two legs of a transfer. */
    TRANSIT;

    public static final String PREFIX = "system:";

    /** The id the journal knows this system account of an asset by, e.g. {@code system:CASH:RUB}. */
    public String journalId(String asset) {
        return PREFIX + name() + ":" + asset;
    }
}
