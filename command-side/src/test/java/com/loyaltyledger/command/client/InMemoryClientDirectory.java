package com.loyaltyledger.command.client;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The facts the hierarchy rules read, held in memory for fixture tests. */
final class InMemoryClientDirectory implements ClientDirectory {

    private final Map<String, ClientFacts> facts = new HashMap<>();

    InMemoryClientDirectory add(ClientFacts clientFacts) {
        facts.put(clientFacts.clientId(), clientFacts);
        return this;
    }

    @Override
    public Optional<ClientFacts> find(String clientId) {
        return Optional.ofNullable(facts.get(clientId));
    }
}
