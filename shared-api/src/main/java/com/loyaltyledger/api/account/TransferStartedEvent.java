package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;

/** The source was debited (TRANSFER_OUT, into TRANSIT); the saga now credits the target. */
public record TransferStartedEvent(String transferId,
                                   @DataSubject String sourceAccountId,
                                   String targetAccountId,
                                   long amount,
                                   String asset,
                                   PostingContext context) {
}
