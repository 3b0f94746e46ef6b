package com.loyaltyledger.command.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryAccountTypes implements AccountTypeDirectory {

    private final Map<String, AccountTypeFacts> types = new HashMap<>();

    InMemoryAccountTypes add(AccountTypeFacts facts) {
        types.put(facts.accountTypeId(), facts);
        return this;
    }

    @Override
    public Optional<AccountTypeFacts> find(String accountTypeId) {
        return Optional.ofNullable(types.get(accountTypeId));
    }
}
