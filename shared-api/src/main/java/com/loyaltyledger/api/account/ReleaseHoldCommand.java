package com.loyaltyledger.api.account;

public record ReleaseHoldCommand(String holdId, String transactionId, PostingContext context) {
}
