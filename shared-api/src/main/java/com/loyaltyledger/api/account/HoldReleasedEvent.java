package com.loyaltyledger.api.account;

public record HoldReleasedEvent(String accountId, String holdId, long amount, String reason, long availableAfter) {
}
