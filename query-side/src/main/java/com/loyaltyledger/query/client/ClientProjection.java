package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientConsentsChangedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRecordedEvent;
import com.loyaltyledger.api.client.ClientPurchaseRefundedEvent;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.query.common.ErasureVacuumRequests;
import com.loyaltyledger.query.common.Rows;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the client list. Changes of a client's details set state from the event; purchase statistics add up. A
 * batch of events commits with its token and a replay starts from an empty list, so an event counts once.
 */
@Component
@ProcessingGroup(ClientProjection.PROCESSING_GROUP)
class ClientProjection {

    static final String PROCESSING_GROUP = "clients";

    /**
     * A purchase's statistics in one statement, without loading and dirty-checking the whole row: the busiest
     * change of a client. The entity never writes these columns ({@code updatable = false}), so a managed client
     * of the same batch cannot write older figures back over them.
     */
    private static final String RECORD_PURCHASE = """
            update client_view set receipt_count = receipt_count + 1, purchases_total = purchases_total + ?,
                   lines_total = lines_total + ?,
                   first_purchase_at = case when first_purchase_at is null or first_purchase_at > ?
                                            then ? else first_purchase_at end,
                   last_purchase_at = case when last_purchase_at is null or last_purchase_at < ?
                                           then ? else last_purchase_at end,
                   accumulated_total = ?, updated_at = ?
            where id = ?
            """;
    private static final String RECORD_REFUND = """
            update client_view set purchases_total = purchases_total - ?, accumulated_total = ?, updated_at = ?
            where id = ?
            """;

    private final ClientRecordRepository clients;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;

    ClientProjection(ClientRecordRepository clients, JdbcTemplate jdbc, EntityManager entities) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.entities = entities;
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
        // persist, not save: a new client needs no look-up (save would merge, selecting first)
        entities.persist(ClientRecord.registered(event, at));
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
        ErasureVacuumRequests.request(jdbc);
    }

    @EventHandler
    void on(ClientReRegisteredEvent event, @Timestamp Instant at) {
        change(event.clientId(), event, at);
    }

    @EventHandler
    void on(ClientPurchaseRecordedEvent event, @Timestamp Instant at) {
        OffsetDateTime purchasedAt = Rows.time(event.purchasedAt());
        update(event.clientId(), RECORD_PURCHASE, event.amount(), event.lineCount(), purchasedAt, purchasedAt,
                purchasedAt, purchasedAt, event.accumulatedAfter(), Rows.time(at), event.clientId());
    }

    @EventHandler
    void on(ClientPurchaseRefundedEvent event, @Timestamp Instant at) {
        update(event.clientId(), RECORD_REFUND, event.amount(), event.accumulatedAfter(), Rows.time(at),
                event.clientId());
    }

    private void update(String clientId, String sql, Object... arguments) {
        if (jdbc.update(sql, arguments) == 1) {
            return;
        }
        // a client registered earlier in this batch is still waiting in the persistence context
        entities.flush();
        if (jdbc.update(sql, arguments) != 1) {
            throw new IllegalStateException("Client " + clientId + " is not in the client list");
        }
    }

    private void change(String clientId, Object event, Instant at) {
        clients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("Client " + clientId + " is not in the client list"))
                .apply(event, at);
    }
}
