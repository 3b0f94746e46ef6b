package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.command.client.ClientDirectory;
import com.loyaltyledger.command.client.ClientFacts;
import java.util.Map;

/**
 * Who may own a card: a client that exists and is not deleted. A blocked client may: blocking stops a client's
 * operations, not the back office's work on its cards. The client's row is held until the transaction ends, so
 * a deletion cannot slip between this check and the link, which would leave a card with a deleted owner that
 * the deletion's unlinking never saw.
 */
public final class CardOwnerPolicy {

    private final ClientDirectory clients;

    public CardOwnerPolicy(ClientDirectory clients) {
        this.clients = clients;
    }

    public void requireLinkable(String clientId) {
        ClientFacts client = clients.findForUpdate(clientId)
                .orElseThrow(() -> new DomainException(CardError.CLIENT_NOT_FOUND,
                        "Client " + clientId + " does not exist", Map.of("clientId", clientId)));
        if (client.deleted()) {
            throw new DomainException(CardError.CLIENT_DELETED,
                    "Client " + clientId + " is deleted; a card cannot be given to it", Map.of("clientId", clientId));
        }
    }
}
