package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientBlockedEvent;
import com.loyaltyledger.api.client.ClientDeletedEvent;
import com.loyaltyledger.api.client.ClientDetailsChangedEvent;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientReRegisteredEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientRestoredEvent;
import com.loyaltyledger.api.client.ClientUnblockedEvent;
import com.loyaltyledger.command.common.Jdbc;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The command side's table of client facts. Its event handlers belong to a subscribing processor, so each row
 * changes in the same transaction that appends the client's event: rules that read it never see a client the
 * event store does not have, nor miss one it has.
 */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class ClientRegistry implements ClientDirectory {

    public static final String PROCESSING_GROUP = "command-registry";

    private final Jdbc jdbc;

    public ClientRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ClientFacts> find(String clientId) {
        return select("", clientId);
    }

    @Override
    public Optional<ClientFacts> findForUpdate(String clientId) {
        return select(" for update", clientId);
    }

    private Optional<ClientFacts> select(String lock, String clientId) {
        return jdbc.queryOne(
                "select client_id, kind, parent_id, blocked, deleted, category_id from cmd_client_registry "
                        + "where client_id = ?" + lock,
                row -> new ClientFacts(row.getString(1), ClientKind.valueOf(row.getString(2)), row.getString(3),
                        row.getBoolean(4), row.getBoolean(5), row.getString(6)),
                clientId);
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        jdbc.update("insert into cmd_client_registry (client_id, kind, parent_id, category_id, blocked, deleted) "
                        + "values (?, ?, ?, ?, false, false)",
                event.clientId(), event.kind().name(), event.details().parentId(), event.details().categoryId());
    }

    @EventHandler
    void on(ClientDetailsChangedEvent event) {
        if (event.changedFields().contains(ClientField.PARENT_ID)) {
            jdbc.update("update cmd_client_registry set parent_id = ? where client_id = ?",
                    event.after().parentId(), event.clientId());
        }
        if (event.changedFields().contains(ClientField.CATEGORY_ID)) {
            jdbc.update("update cmd_client_registry set category_id = ? where client_id = ?",
                    event.after().categoryId(), event.clientId());
        }
    }

    @EventHandler
    void on(ClientReRegisteredEvent event) {
        jdbc.update("update cmd_client_registry set parent_id = ?, category_id = ? where client_id = ?",
                event.details().parentId(), event.details().categoryId(), event.clientId());
    }

    @EventHandler
    void on(ClientBlockedEvent event) {
        setFlag("blocked", true, event.clientId());
    }

    @EventHandler
    void on(ClientUnblockedEvent event) {
        setFlag("blocked", false, event.clientId());
    }

    @EventHandler
    void on(ClientDeletedEvent event) {
        setFlag("deleted", true, event.clientId());
    }

    @EventHandler
    void on(ClientRestoredEvent event) {
        setFlag("deleted", false, event.clientId());
    }

    private void setFlag(String column, boolean value, String clientId) {
        jdbc.update("update cmd_client_registry set " + column + " = ? where client_id = ?", value, clientId);
    }
}
