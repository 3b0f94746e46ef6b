package com.loyaltyledger.api.account;

/** The target could not take the credit (e.g. blocked or closed); the saga refunds the source. */
public record TransferCreditRefusedEvent(String transferId,
                                         String targetAccountId,
                                         String sourceAccountId,
                                         String failureCode) {
}
