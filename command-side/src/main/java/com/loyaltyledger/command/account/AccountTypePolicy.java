package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.common.DomainException;
import java.math.BigDecimal;

/**
 * What valid account-type rules look like. A deposit or bonus account never goes below zero, so its minimum is
 * zero or more; a credit account's minimum is zero or negative: its credit limit.
 */
final class AccountTypePolicy {

    static final int MAX_NAME = 200;

    private AccountTypePolicy() {
    }

    static AccountTypeRules rules(AccountKind kind, int scale, String name, BigDecimal minimumBalance,
                                  BigDecimal dailySpendLimit, boolean allowBelowMinimum) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidField("name", "name is required");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.invalidField("name", "name is longer than " + MAX_NAME + " characters");
        }
        long minimum = minimumBalance == null ? 0 : Amounts.any(minimumBalance, scale, "minimumBalance");
        if (kind == AccountKind.CREDIT && minimum > 0) {
            throw DomainException.invalidField("minimumBalance",
                    "a credit account's minimum balance is its credit limit: zero or negative");
        }
        if (kind != AccountKind.CREDIT && minimum < 0) {
            throw DomainException.invalidField("minimumBalance",
                    "only a CREDIT account may go below zero; minimumBalance must be zero or more");
        }
        Long cap = dailySpendLimit == null ? null : Amounts.positive(dailySpendLimit, scale, "dailySpendLimit");
        return new AccountTypeRules(name.strip(), minimum, cap, allowBelowMinimum);
    }
}
