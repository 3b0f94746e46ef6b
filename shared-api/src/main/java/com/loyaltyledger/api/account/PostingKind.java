package com.loyaltyledger.api.account;

/** Why value moved: the "code" of a posting in TigerBeetle's terms. */
public enum PostingKind {
    DEPOSIT,
    WITHDRAWAL,
    /** Set balance: the difference between the balance asked for and the balance there was. */
    ADJUSTMENT,
    BONUS_ACCRUAL,
    BONUS_REDEMPTION,
    HOLD_CAPTURE,
    TRANSFER_OUT,
    TRANSFER_IN,
    /** A transfer whose credit side failed: the money goes back to the source. */
    TRANSFER_REFUND,
    /** The opposite of an earlier posting, on the same account; names it in {@code reversalOf}. */
    REVERSAL
}
