package com.loyaltyledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestDatabase;
import com.loyaltyledger.testing.TestUsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditTrailTest extends IntegrationTest {

    @Test
    void auditorPagesThroughEveryChangeFilteredByWhoWhatAndWhen() {
        Instant before = Instant.now();
        Api operator = TestUsers.withRoles(api, "OPERATOR").withHeader("X-Channel", "BACK_OFFICE");
        String actor = operator.username();
        String id = operator.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Audited"))
                .json().path("clientId").asString();
        operator.patch("/api/v1/clients/" + id, Map.of("firstName", "Audited", "lastName", "Twice"));
        operator.post("/api/v1/clients/" + id + "/block", Map.of("reason", "audit"));
        Api auditor = TestUsers.withRoles(api, "AUDITOR");

        eventually().until(() -> auditor.get("/api/v1/audit" + Api.query(Map.of("entityId", id))).json()
                .path("totalItems").asInt() == 3);
        JsonNode byActor = auditor.get("/api/v1/audit" + Api.query(Map.of("actor", actor))).json();
        assertThat(byActor.path("totalItems").asInt()).isEqualTo(3);
        List<String> types = new ArrayList<>();
        byActor.path("items").forEach(entry -> types.add(entry.path("eventType").asString()));
        assertThat(types).containsExactly("ClientRegistered", "ClientDetailsChanged", "ClientBlocked");
        JsonNode changed = byActor.path("items").get(1);
        assertThat(changed.path("channel").asString()).isEqualTo("BACK_OFFICE");
        assertThat(changed.path("entityType").asString()).isEqualTo("CLIENT");
        assertThat(changed.path("changes").get(0).path("field").asString()).isEqualTo("lastName");
        assertThat(changed.path("changes").get(0).path("newValue").asString()).isEqualTo("Twice");
        assertThat(changed.path("position").asLong()).isGreaterThan(byActor.path("items").get(0).path("position")
                .asLong());

        assertThat(auditor.get("/api/v1/audit" + Api.query(Map.of("actor", actor, "eventType", "ClientBlocked")))
                .json().path("totalItems").asInt()).isEqualTo(1);
        assertThat(auditor.get("/api/v1/audit" + Api.query(Map.of("actor", actor, "from", before.toString(),
                "to", before.toString()))).json().path("totalItems").asInt()).isZero();
        assertThat(auditor.get("/api/v1/audit" + Api.query(Map.of("actor", actor, "entityType", "CLIENT",
                "from", before.toString()))).json().path("totalItems").asInt()).isEqualTo(3);
    }

    @Test
    void theTrailExportsAsCsv() {
        String id = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Csv, \"quoted\""))
                .json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/audit" + Api.query(Map.of("entityId", id))).json()
                .path("totalItems").asInt() == 1);
        Api.Response csv = api.get("/api/v1/audit" + Api.query(Map.of("entityId", id, "format", "csv")));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("position,occurredAt,actor");
        assertThat(lines[1]).contains(id, "ClientRegistered", "admin", "firstName: ", "\"\"quoted\"\"");
    }

    @Test
    void badFiltersAreRefused() {
        Api.Response response = api.get("/api/v1/audit?from=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(api.get("/api/v1/audit?format=xml").status()).isEqualTo(400);
    }

    @Test
    void storedEventsCannotBeChangedOrRemoved() throws SQLException {
        TestDatabase database = TestDatabase.get();
        assumeTrue(database.isPostgres(), "the append-only trigger is PostgreSQL's");
        api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Immutable"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update domain_event_entry set payload_type = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from domain_event_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate domain_event_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Still appends")).status())
                .isEqualTo(201);
    }
}
