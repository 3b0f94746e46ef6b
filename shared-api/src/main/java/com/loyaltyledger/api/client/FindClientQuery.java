package com.loyaltyledger.api.client;

public record FindClientQuery(String clientId) {
}
