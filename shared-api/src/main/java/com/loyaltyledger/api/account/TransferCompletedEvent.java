package com.loyaltyledger.api.account;

public record TransferCompletedEvent(String transferId, String sourceAccountId, String targetAccountId) {
}
