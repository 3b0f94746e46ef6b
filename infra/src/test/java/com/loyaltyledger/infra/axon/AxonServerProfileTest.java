package com.loyaltyledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The axonserver profile routes events, commands and queries through Axon Server. No Axon Server runs here, so
 * this proves the wiring only: the context starts with the Axon Server event store and buses in place. Its
 * DataSource is a private in-memory H2, so its processors never compete with the other tests for tokens.
 * The streaming projections run as tracking processors here: a pooled processor asks Axon Server for its
 * first token while starting and, rightly, refuses to start without it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:axonserver-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "axon.axonserver.servers=localhost:18124",
        "axon.eventhandling.processors.clients.mode=tracking",
        "axon.eventhandling.processors.history.mode=tracking",
        "axon.eventhandling.processors.accounts.mode=tracking",
        "axon.eventhandling.processors.journal.mode=tracking",
        "axon.eventhandling.processors.transfers.mode=tracking",
        "ledger.security.admin-password=irrelevant"})
@ActiveProfiles("axonserver")
@DirtiesContext
class AxonServerProfileTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private QueryBus queryBus;
    @Autowired
    private AxonServerConfiguration axonServer;

    @Test
    void eventsCommandsAndQueriesGoThroughAxonServer() {
        assertThat(eventStore).isInstanceOf(AxonServerEventStore.class);
        assertThat(commandBus).isInstanceOf(AxonServerCommandBus.class);
        assertThat(queryBus).isInstanceOf(AxonServerQueryBus.class);
        assertThat(axonServer.getServers()).isEqualTo("localhost:18124");
    }
}
