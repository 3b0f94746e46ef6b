package com.loyaltyledger.api.client;

public record ClientDeletedEvent(String clientId, String reason) {
}
