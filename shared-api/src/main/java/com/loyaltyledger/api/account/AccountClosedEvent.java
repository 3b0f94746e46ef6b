package com.loyaltyledger.api.account;

public record AccountClosedEvent(String accountId, String reason) {
}
