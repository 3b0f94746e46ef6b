package com.loyaltyledger.api.account;

import java.math.BigDecimal;

/**
 * Deposit, withdraw, accrue or redeem {@code amount} as the caller sent it; the account converts it to minor
 * units of its asset. {@code asset}, when given, must be the account's.
 */
public record RecordPostingCommand(String accountId,
                                   String transactionId,
                                   PostingKind kind,
                                   BigDecimal amount,
                                   String asset,
                                   PostingContext context) {
}
