package com.loyaltyledger.api.card;

public record CardGroupCreatedEvent(String cardGroupId, CardGroupDetails details) {
}
