package com.loyaltyledger.api.client;

public record ClientConsentsChangedEvent(String clientId, Consents before, Consents after) {
}
