package com.loyaltyledger.api.account;

/**
 * The changeable part of an account type, in minor units of its asset.
 *
 * @param minimumBalance 0: never below zero; negative: a credit limit
 * @param dailySpendLimit the most that may be spent per business day, or null for no cap
 * @param allowBelowMinimum debits may take the available balance below the minimum ("allow exceeding the limit")
 */
public record AccountTypeRules(String name, long minimumBalance, Long dailySpendLimit, boolean allowBelowMinimum) {
}
