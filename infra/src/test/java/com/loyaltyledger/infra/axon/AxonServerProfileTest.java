package com.loyaltyledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.infra.cluster.InstanceIdentity;
import com.loyaltyledger.testing.IntegrationTest;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The axonserver profile routes commands and queries through Axon Server and keeps the event store on the
 * DataSource, so that a command's events and its command-side rows commit together. No Axon Server runs for this
 * test, so it proves the wiring only (the cluster drill in the bench module runs the profile against a real one).
 * Its DataSource is a private in-memory H2, so its processors never compete with the other tests for tokens.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:axonserver-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "axon.axonserver.servers=localhost:18124",
        "ledger.security.admin-password=irrelevant",
        "ledger.privacy.master-key=" + IntegrationTest.MASTER_KEY})
@ActiveProfiles("axonserver")
@DirtiesContext
class AxonServerProfileTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventStorageEngine storageEngine;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private QueryBus queryBus;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private AxonServerConfiguration axonServer;
    @Autowired
    private InstanceIdentity instance;

    @Test
    void commandsAndQueriesGoThroughAxonServerAndEventsStayInTheDatabase() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(commandBus).isInstanceOf(AxonServerCommandBus.class);
        assertThat(((AxonServerCommandBus) commandBus).localSegment()).isInstanceOf(LocalCommandBus.class);
        assertThat(queryBus).isInstanceOf(AxonServerQueryBus.class);
        assertThat(axonServer.getServers()).isEqualTo("localhost:18124");
        assertThat(axonServer.isShortcutQueriesToLocalHandlers()).isTrue();
    }

    @Test
    void theInstanceHasANameOfItsOwnForAxonServerAndItsTokenClaims() {
        assertThat(instance.id()).matches(".+-\\d+-[0-9a-f]{6}");
        assertThat(axonServer.getClientId()).isEqualTo(instance.id());
        assertThat(axonServer.getComponentName()).isEqualTo("loyalty-ledger");
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(((JdbcTokenStore) tokenStore)).extracting("nodeId").isEqualTo(instance.id());
    }
}
