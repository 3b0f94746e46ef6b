package com.loyaltyledger.api.account;

public enum TransferState {
    /** The source is debited and the money is in TRANSIT. */
    PENDING,
    COMPLETED,
    /** The credit side failed and the source got its money back. */
    FAILED
}
