package com.loyaltyledger.api.account;

public record AccountTypeChangedEvent(String accountTypeId, AccountTypeRules before, AccountTypeRules after) {
}
