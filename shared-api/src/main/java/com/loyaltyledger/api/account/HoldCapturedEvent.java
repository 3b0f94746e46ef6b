package com.loyaltyledger.api.account;

/** Comes with the HOLD_CAPTURE posting of {@code captured}; {@code released} is what the hold gave back. */
public record HoldCapturedEvent(String accountId,
                                String holdId,
                                String transactionId,
                                long captured,
                                long released,
                                long availableAfter) {
}
