package com.loyaltyledger.api.account;

/** The transfer saga's compensation: the credit side failed, so the source gets its money back. */
public record RefundTransferCommand(String sourceAccountId,
                                    String transferId,
                                    String failureCode) {
}
