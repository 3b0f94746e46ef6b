package com.loyaltyledger.api.client;

public record ClientRestoredEvent(String clientId) {
}
