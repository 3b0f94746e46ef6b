package com.loyaltyledger.command.client;

import java.util.Optional;

/** Looks up {@link ClientFacts}; consistent with the event store because both commit in one transaction. */
public interface ClientDirectory {

    Optional<ClientFacts> find(String clientId);
}
