package com.loyaltyledger.api.account;

public record TransferCreditedEvent(String transferId, String targetAccountId, String sourceAccountId, long amount) {
}
