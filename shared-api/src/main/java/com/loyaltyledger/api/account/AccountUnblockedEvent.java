package com.loyaltyledger.api.account;

public record AccountUnblockedEvent(String accountId, String reason) {
}
