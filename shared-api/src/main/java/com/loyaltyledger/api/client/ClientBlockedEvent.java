package com.loyaltyledger.api.client;

public record ClientBlockedEvent(String clientId, String reason) {
}
