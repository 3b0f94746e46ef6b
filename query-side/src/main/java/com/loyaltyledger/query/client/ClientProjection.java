package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the client list. Every change sets state from the event rather than adding to it, so an event handled
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

    /** Before a replay the list starts empty and is rebuilt from the first event. */
    @ResetHandler
    void reset() {
        clients.deleteAllPhones();
        clients.deleteAllTags();
        clients.deleteAllSpecialDates();
        clients.deleteAllAttributes();
        clients.deleteAllClients();
    }

    @EventHandler
    void on(ClientRegisteredEvent event, @Timestamp Instant at) {
        if (!clients.existsById(event.clientId())) {
            clients.save(ClientRecord.registered(event, at));
        }
    }

    @EventHandler
    void on(ClientDetailsChangedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientConsentsChangedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientBlockedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientUnblockedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientDeletedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientRestoredEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientPersonalDataErasedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientPurchaseRecordedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientPurchaseRefundedEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    private void change(String clientId, Object event, Instant at) {
        clients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("Client " + clientId + " is not in the client list"))
                .apply(event, at);
    }
}
