package com.loyaltyledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What Flyway builds on PostgreSQL for Axon, and what Axon stores there. */
class EventStoreSchemaTest extends IntegrationTest {

    private final TestDatabase database = TestDatabase.get();

    @BeforeEach
    void onlyOnPostgres() {
        assumeTrue(database.isPostgres(), "checks PostgreSQL's catalogue");
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, database.schema());
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    @Test
    void serializedColumnsAreByteaAndNothingIsAnOid() throws SQLException {
        assertThat(column("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = ? and data_type = 'bytea' order by 1"))
                .contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                        "snapshot_event_entry.payload", "token_entry.token", "saga_entry.serialized_saga",
                        "dead_letter_entry.payload");
        assertThat(column("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = ? and data_type = 'oid'")).isEmpty();
    }

    @Test
    void globalIndexComesFromItsOwnSequence() throws SQLException {
        assertThat(column("select column_default from information_schema.columns where table_schema = ? "
                + "and table_name = 'domain_event_entry' and column_name = 'global_index'"))
                .singleElement().asString().contains("nextval('domain_event_entry_seq'");
        assertThat(column("select increment from information_schema.sequences where sequence_schema = ? "
                + "and sequence_name = 'domain_event_entry_seq'")).containsExactly("1");
    }

    @Test
    void eventStoreHasTheIndexesAxonNeeds() throws SQLException {
        List<String> indexes = column("select indexdef from pg_indexes where schemaname = ? "
                + "and tablename in ('domain_event_entry', 'snapshot_event_entry', 'association_value_entry')");
        assertThat(indexes).anyMatch(index -> index.contains("UNIQUE")
                && index.contains("(aggregate_identifier, sequence_number)") && index.contains("domain_event_entry"));
        assertThat(indexes).anyMatch(index -> index.contains("UNIQUE") && index.contains("(event_identifier)")
                && index.contains("domain_event_entry"));
        assertThat(indexes).anyMatch(index -> index.contains("(saga_type, association_key, association_value)"));
        assertThat(indexes).anyMatch(index -> index.contains("(saga_id, saga_type)"));
    }

    @Test
    void eventsAreStoredAsJsonWithWhoHowAndWhyInTheirMetadata() throws SQLException {
        Api backOffice = api.withHeader("X-Channel", "BACK_OFFICE").withHeader("X-Request-Id", "schema-test-1");
        String id = backOffice.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Meta"))
                .json().path("clientId").asString();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select payload, meta_data, payload_type from domain_event_entry where aggregate_identifier = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                JsonNode payload = Api.JSON.readTree(new String(row.getBytes(1), StandardCharsets.UTF_8));
                JsonNode metaData = Api.JSON.readTree(new String(row.getBytes(2), StandardCharsets.UTF_8));
                assertThat(row.getString(3)).isEqualTo("com.loyaltyledger.api.client.ClientRegisteredEvent");
                assertThat(payload.path("kind").asString()).isEqualTo("PERSON");
                assertThat(metaData.path("actor").asString()).isEqualTo("admin");
                assertThat(metaData.path("channel").asString()).isEqualTo("BACK_OFFICE");
                assertThat(metaData.path("correlationId").asString()).isEqualTo("schema-test-1");
            }
        }
    }
}
