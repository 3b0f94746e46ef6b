package com.loyaltyledger.api.account;

public record FindAccountQuery(String accountId) {
}
