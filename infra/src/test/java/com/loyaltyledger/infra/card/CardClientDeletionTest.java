package com.loyaltyledger.infra.card;

import static com.loyaltyledger.testing.HistoryEntries.change;
import static com.loyaltyledger.testing.HistoryEntries.eventTypes;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Deleting a client leaves its cards ownerless, as the system acting for whoever deleted the client. */
class CardClientDeletionTest extends CardTestSupport {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokenStore;

    @Test
    void deletingAClientUnlinksAllItsCardsOnBehalfOfTheDeletingUser() {
        String group = createGroup();
        String client = registerClient("Owner");
        String other = registerClient("Bystander");
        List<String> cards = List.of(
                issue(group, uniqueNumber("D"), Map.of("ownerId", client)),
                issue(group, uniqueNumber("D"), Map.of("ownerId", client)),
                issue(group, uniqueNumber("D"), Map.of("ownerId", client)));
        String othersCard = issue(group, uniqueNumber("D"), Map.of("ownerId", other));
        eventually().until(() -> api.get("/api/v1/clients/" + client + "/cards").json().path("totalItems")
                .asInt() == 3);

        String requestId = "delete-" + UUID.randomUUID();
        Api backOffice = api.withHeader("X-Channel", "BACK_OFFICE").withHeader("X-Request-Id", requestId);
        assertThat(backOffice.delete("/api/v1/clients/" + client + "?reason=left").status()).isEqualTo(204);

        for (String card : cards) {
            eventually().until(() -> api.get("/api/v1/cards/" + card).json().path("ownerId").isNull());
            List<JsonNode> history = awaitHistory("/api/v1/cards/" + card + "/history", 3);
            assertThat(eventTypes(history)).containsExactly("CardIssued", "CardLinked", "CardUnlinked");
            JsonNode unlink = history.get(2);
            assertThat(unlink.path("actor").asString()).isEqualTo("system");
            assertThat(unlink.path("onBehalfOf").asString()).isEqualTo("admin");
            assertThat(unlink.path("channel").asString()).isEqualTo("SYSTEM");
            assertThat(unlink.path("correlationId").asString()).isEqualTo(requestId);
            assertThat(change(unlink, "ownerId")).containsEntry("old", client).containsEntry("new", null);
        }
        eventually().until(() -> api.get("/api/v1/clients/" + client + "/cards").json().path("totalItems")
                .asInt() == 0);
        List<JsonNode> clientHistory = awaitHistory("/api/v1/clients/" + client + "/history", 8);
        assertThat(eventTypes(clientHistory)).filteredOn("CardUnlinked"::equals).hasSize(3);
        assertThat(api.get("/api/v1/cards/" + othersCard).json().path("ownerId").asString()).isEqualTo(other);
        assertThat(api.get("/api/v1/cards?numberPrefix=D&ownerId=" + client).json().path("totalItems").asInt())
                .isZero();
    }

    @Test
    void handlingTheDeletionsAgainAfterACrashChangesNothing() throws SQLException {
        String group = createGroup();
        String client = registerClient("Leaving");
        String heir = registerClient("Heir");
        String kept = issue(group, uniqueNumber("R"), Map.of("ownerId", client));
        String passedOn = issue(group, uniqueNumber("R"), Map.of("ownerId", client));
        assertThat(api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);
        assertThat(eventTypes(awaitHistory("/api/v1/cards/" + passedOn + "/history", 3))).contains("CardUnlinked");
        assertThat(eventTypes(awaitHistory("/api/v1/cards/" + kept + "/history", 3))).contains("CardUnlinked");
        assertThat(api.post("/api/v1/cards/" + passedOn + "/link", Map.of("clientId", heir)).status())
                .isEqualTo(204);
        long head = single("select max(global_index) from domain_event_entry");
        long keptEvents = eventsOf(kept);
        long passedOnEvents = eventsOf(passedOn);

        // as after a crash before the processor stored its position: every deletion is handled again
        StreamingEventProcessor unlinking = processing
                .eventProcessor("card-unlinking", StreamingEventProcessor.class).orElseThrow();
        int segments = tokenStore.fetchSegments("card-unlinking").length;
        unlinking.shutDown();
        unlinking.resetTokens();
        unlinking.start();
        eventually().until(() -> {
            Map<Integer, EventTrackerStatus> status = unlinking.processingStatus();
            return status.size() == segments && status.values().stream().allMatch(segment -> !segment.isReplaying()
                    && segment.getCurrentPosition().orElse(-1) >= head);
        });

        assertThat(eventsOf(kept)).isEqualTo(keptEvents);
        assertThat(eventsOf(passedOn)).isEqualTo(passedOnEvents);
        assertThat(api.get("/api/v1/cards/" + passedOn).json().path("ownerId").asString()).isEqualTo(heir);
    }

    private static long eventsOf(String aggregateId) throws SQLException {
        return single("select count(*) from domain_event_entry where aggregate_identifier = '" + aggregateId + "'");
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
