package com.loyaltyledger.command.account;

/** The ledger operations a transaction id can name. */
public enum Operation {
    POSTING,
    SET_BALANCE,
    HOLD,
    CAPTURE,
    RELEASE,
    TRANSFER,
    TRANSFER_CREDIT,
    TRANSFER_REFUND,
    REVERSAL
}
