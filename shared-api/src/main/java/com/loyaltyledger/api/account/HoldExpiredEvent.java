package com.loyaltyledger.api.account;

public record HoldExpiredEvent(String accountId, String holdId, long amount, long availableAfter) {
}
