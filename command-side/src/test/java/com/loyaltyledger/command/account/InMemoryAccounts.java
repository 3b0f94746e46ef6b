package com.loyaltyledger.command.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryAccounts implements AccountDirectory {

    private final Map<String, String> numbers = new HashMap<>();
    private final Map<String, String> assets = new HashMap<>();

    InMemoryAccounts add(String accountId, String number, String asset) {
        claimNumber(accountId, number, asset);
        return this;
    }

    @Override
    public boolean claimNumber(String accountId, String number, String asset) {
        if (numbers.containsKey(number)) {
            return false;
        }
        numbers.put(number, accountId);
        assets.put(accountId, asset);
        return true;
    }

    @Override
    public Optional<String> assetOf(String accountId) {
        return Optional.ofNullable(assets.get(accountId));
    }
}
