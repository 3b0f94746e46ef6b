package com.loyaltyledger.api.account;

public record FindAccountTypeQuery(String accountTypeId) {
}
