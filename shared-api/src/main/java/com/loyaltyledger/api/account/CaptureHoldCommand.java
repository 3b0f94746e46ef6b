package com.loyaltyledger.api.account;

import java.math.BigDecimal;

/** Debits {@code amount} of the hold (all of it when null) and releases the rest. */
public record CaptureHoldCommand(String holdId, String transactionId, BigDecimal amount, PostingContext context) {
}
