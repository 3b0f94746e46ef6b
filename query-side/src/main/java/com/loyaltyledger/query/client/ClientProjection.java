package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the client list. Every handler sets state from the event rather than adding to it, so an event handled
 * twice (after a crash between the row and the token commit) leaves the same row.
 */
@Component
@ProcessingGroup(ClientProjection.PROCESSING_GROUP)
class ClientProjection {

    static final String PROCESSING_GROUP = "clients";

    private final ClientRecordRepository clients;

    ClientProjection(ClientRecordRepository clients) {
        this.clients = clients;
    }

    @EventHandler
    void on(ClientRegisteredEvent event, @Timestamp Instant at) {
        ClientRecord client = clients.findById(event.clientId())
                .orElseGet(() -> new ClientRecord(event.clientId(), event.code(), event.kind(), event.source(), at));
        client.applyDetails(event.details());
        client.applyConsents(event.consents());
        clients.save(client);
    }

    @EventHandler
    void on(ClientDetailsChangedEvent event, @Timestamp Instant at) {
        update(event.clientId(), at,
                client -> client.applyDetails(client.details().with(event.after(), event.changedFields())));
    }

    @EventHandler
    void on(ClientConsentsChangedEvent event, @Timestamp Instant at) {
        update(event.clientId(), at, client -> client.applyConsents(event.after()));
    }

    @EventHandler
    void on(ClientBlockedEvent event, @Timestamp Instant at) {
        update(event.clientId(), at, client -> client.block(event.reason()));
    }

    @EventHandler
    void on(ClientUnblockedEvent event, @Timestamp Instant at) {
        update(event.clientId(), at, ClientRecord::unblock);
    }

    @EventHandler
    void on(ClientDeletedEvent event, @Timestamp Instant at) {
        update(event.clientId(), at, client -> client.setDeleted(true));
    }

    @EventHandler
    void on(ClientRestoredEvent event, @Timestamp Instant at) {
        update(event.clientId(), at, client -> client.setDeleted(false));
    }

    private void update(String clientId, Instant at, Consumer<ClientRecord> change) {
        ClientRecord client = clients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("Client " + clientId + " is not in the client list"));
        change.accept(client);
        client.touch(at);
    }
}
