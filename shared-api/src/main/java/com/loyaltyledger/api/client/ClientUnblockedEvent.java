package com.loyaltyledger.api.client;

public record ClientUnblockedEvent(String clientId, String reason) {
}
