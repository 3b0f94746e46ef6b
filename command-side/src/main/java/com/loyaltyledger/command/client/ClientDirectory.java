package com.loyaltyledger.command.client;

import java.util.Optional;

/** Looks up {@link ClientFacts}; consistent with the event store because both commit in one transaction. */
public interface ClientDirectory {

    Optional<ClientFacts> find(String clientId);

    /**
     * Like {@link #find}, and in a shared database also holds the client's row until the transaction ends, so
     * that a rule giving the client something (a card) cannot interleave with the client's deletion: either the
     * deletion waits and then sees what was given, or the rule waits and then sees the client deleted.
     */
    default Optional<ClientFacts> findForUpdate(String clientId) {
        return find(clientId);
    }
}
