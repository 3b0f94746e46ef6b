package com.loyaltyledger.api.account;

public record ReversePostingCommand(String originalTransactionId, String transactionId, PostingContext context) {
}
