package com.loyaltyledger.api.account;

/** What an account type is for; bonus postings (accrue, redeem) go to BONUS accounts only. */
public enum AccountKind {
    BONUS,
    DEPOSIT,
    /** May go below zero down to its (negative) minimum balance, the credit limit. */
    CREDIT
}
