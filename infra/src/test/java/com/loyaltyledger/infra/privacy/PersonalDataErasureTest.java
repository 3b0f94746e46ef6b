package com.loyaltyledger.infra.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestDatabase;
import com.loyaltyledger.testing.TestUsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The right to be forgotten by crypto-shredding: after erasure a client's name, phone and email are nowhere in
 * the database — not in the events, snapshots, read models, history or dead letters — while its code, tags and
 * history of what happened stay, and read models rebuilt from scratch come back without them.
 */
class PersonalDataErasureTest extends IntegrationTest {

    private final TestDatabase database = TestDatabase.get();

    @Test
    void erasedPersonalDataIsGoneFromEverywhereAndRebuildsStillWork() throws SQLException {
        assumeTrue(database.isPostgres(), "searches PostgreSQL's tables");
        String lastName = "Qx" + letters(10);
        String email = "forget." + letters(8) + "@example.com";
        String mobile = "913" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String id = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Forget", "lastName", lastName,
                "phones", List.of("+7" + mobile), "email", email, "tags", List.of("keep-me"),
                "consents", Map.of("sms", true))).json().path("clientId").asString();
        api.patch("/api/v1/clients/" + id, Map.of("lastName", lastName + "ova", "address", "Lenina 1"));
        String code = awaitClient(id).path("code").asString();
        eventually().until(() -> history(id).size() == 2);

        assertThat(tablesContaining(lastName)).as("in the read models, not in the events")
                .contains("client_view", "history_change").doesNotContain("domain_event_entry");
        assertThat(tablesContaining(mobile)).contains("client_view_phone").doesNotContain("domain_event_entry");

        Api operator = TestUsers.withRoles(api, "OPERATOR");
        assertThat(operator.post("/api/v1/clients/" + id + "/erase-personal-data", null).status()).isEqualTo(403);
        Api manager = TestUsers.withRoles(api, "MANAGER");
        assertThat(manager.post("/api/v1/clients/" + id + "/erase-personal-data", null).status()).isEqualTo(204);
        assertThat(manager.post("/api/v1/clients/" + id + "/erase-personal-data", null).code())
                .isEqualTo("client.personal_data_erased");
        eventually().until(() -> !api.get("/api/v1/clients/" + id).json().path("personalDataErasedAt").isNull()
                && history(id).size() == 3);

        assertErased(id, code);
        List<JsonNode> entries = history(id);
        assertThat(entries.getLast().path("summary").asString()).isEqualTo("Personal data erased");
        assertThat(entries.getFirst().path("actor").asString()).isEqualTo("admin");
        assertThat(entries.get(1).path("changes")).allSatisfy(change -> {
            assertThat(change.path("oldValue").asString()).isEqualTo("erased");
            assertThat(change.path("newValue").asString()).isEqualTo("erased");
        });
        assertNowhere(lastName, email, mobile);

        JsonNode asOfBefore = api.get("/api/v1/clients/" + id + "?asOf="
                + entries.getFirst().path("occurredAt").asString()).json();
        assertThat(asOfBefore.path("lastName").isNull()).isTrue();
        assertThat(asOfBefore.path("tags").get(0).asString()).isEqualTo("keep-me");

        for (String processor : List.of("clients", "history")) {
            assertThat(api.post("/api/v1/admin/processors/" + processor + "/replay", null).status()).isEqualTo(202);
        }
        eventually().until(() -> processorCaughtUp("clients") && processorCaughtUp("history")
                && api.get("/api/v1/clients/" + id).status() == 200 && history(id).size() == 3);
        assertErased(id, code);
        assertNowhere(lastName, email, mobile);
    }

    @Test
    void theEventStoreHoldsPersonalDataOnlyEncrypted() throws SQLException {
        assumeTrue(database.isPostgres(), "reads PostgreSQL's tables");
        String firstName = "Plain" + letters(10);
        String id = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", firstName))
                .json().path("clientId").asString();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                String payload = row.getString(1);
                assertThat(payload).doesNotContain(firstName).contains("\"firstName\":\"enc:1:")
                        .contains("\"kind\":\"PERSON\"");
            }
        }
        assertThat(awaitClient(id).path("firstName").asString()).isEqualTo(firstName);
    }

    private void assertErased(String id, String code) {
        JsonNode client = api.get("/api/v1/clients/" + id).json();
        assertThat(client.path("code").asString()).isEqualTo(code);
        assertThat(client.path("lastName").isNull()).isTrue();
        assertThat(client.path("firstName").isNull()).isTrue();
        assertThat(client.path("email").isNull()).isTrue();
        assertThat(client.path("address").isNull()).isTrue();
        assertThat(client.path("phones")).isEmpty();
        assertThat(client.path("tags").get(0).asString()).isEqualTo("keep-me");
        assertThat(client.path("consents").path("sms").asBoolean()).isFalse();
        assertThat(client.path("personalDataErasedAt").isNull()).isFalse();
    }

    private void assertNowhere(String... needles) throws SQLException {
        for (String needle : needles) {
            assertThat(tablesContaining(needle)).as(needle).isEmpty();
        }
    }

    /** Every table of the schema whose rows (text columns, or bytea as UTF-8 bytes) contain the needle. */
    private List<String> tablesContaining(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.connect()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select table_name, column_name, data_type from information_schema.columns "
                            + "where table_schema = ? and table_name not like 'flyway%'")) {
                statement.setString(1, database.schema());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[]{rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
            for (String[] column : columns) {
                if (found.contains(column[0])) {
                    continue;
                }
                String condition = column[2].equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in " + column[1] + ") > 0"
                        : "cast(" + column[1] + " as text) like '%' || ? || '%'";
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from " + column[0] + " where " + condition)) {
                    search.setString(1, needle);
                    try (ResultSet count = search.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(column[0]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private JsonNode awaitClient(String id) {
        eventually().until(() -> api.get("/api/v1/clients/" + id).status() == 200);
        return api.get("/api/v1/clients/" + id).json();
    }

    private List<JsonNode> history(String id) {
        List<JsonNode> entries = new ArrayList<>();
        api.get("/api/v1/clients/" + id + "/history?size=100").json().path("items").forEach(entries::add);
        return entries;
    }


    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
