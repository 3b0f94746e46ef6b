package com.loyaltyledger.api.account;

/** The source was debited (TRANSFER_OUT, into TRANSIT); the saga now credits the target. */
public record TransferStartedEvent(String transferId,
                                   String sourceAccountId,
                                   String targetAccountId,
                                   long amount,
                                   String asset,
                                   PostingContext context) {
}
