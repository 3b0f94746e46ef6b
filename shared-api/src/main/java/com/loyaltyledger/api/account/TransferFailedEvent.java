package com.loyaltyledger.api.account;

/** The money came back to the source (TRANSFER_REFUND) because the credit side failed. */
public record TransferFailedEvent(String transferId, String sourceAccountId, String targetAccountId,
                                  String failureCode) {
}
