package com.loyaltyledger.api.account;

/** A credit raises an account's balance, a debit lowers it (balance = credits - debits). */
public enum Direction {
    DEBIT,
    CREDIT;

    public Direction opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
