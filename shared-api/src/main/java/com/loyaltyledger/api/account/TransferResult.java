package com.loyaltyledger.api.account;

/** The answer to a transfer once its source is debited: the money is in TRANSIT until the saga lands it. */
public record TransferResult(String transferId,
                             TransferState state,
                             String sourceAccountId,
                             String targetAccountId,
                             long amount,
                             String asset,
                             long sourceBalance,
                             long sourceAvailable) {
}
