package com.loyaltyledger.api.account;

public record AccountBlockedEvent(String accountId, String reason) {
}
