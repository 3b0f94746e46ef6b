package com.loyaltyledger.infra.client;

import static com.loyaltyledger.testing.HistoryEntries.change;
import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClientApiTest extends IntegrationTest {

    /** A valid Russian mobile number no other test uses, as digits after +7. */
    private static String uniqueMobile() {
        return "913" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String uniqueName(String base) {
        return base + UUID.randomUUID().toString().substring(0, 8);
    }

    private String register(Map<String, Object> body) {
        Api.Response response = api.post("/api/v1/clients", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("clientId").asString();
    }

    private JsonNode awaitClient(String id) {
        eventually().until(() -> api.get("/api/v1/clients/" + id).status() == 200);
        return api.get("/api/v1/clients/" + id).json();
    }

    private List<JsonNode> awaitHistory(String id, int entries) {
        eventually().until(() -> api.get("/api/v1/clients/" + id + "/history").json()
                .path("totalItems").asInt() >= entries);
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/v1/clients/" + id + "/history?size=100").json().path("items").forEach(items::add);
        return items;
    }

    @Test
    void personIsRegisteredFoundByPhoneTypedDifferentlyChangedBlockedAndUnblockedWithHistory() {
        String mobile = uniqueMobile();
        String lastName = uniqueName("Petrov");
        Api.Response registered = api.post("/api/v1/clients", Map.of(
                "kind", "PERSON", "lastName", lastName, "firstName", "Ivan",
                "phones", List.of("8 (" + mobile.substring(0, 3) + ") " + mobile.substring(3, 6) + "-"
                        + mobile.substring(6, 8) + "-" + mobile.substring(8)),
                "email", "ivan@example.com"));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("clientId").asString();
        assertThat(registered.json().path("code").asString()).matches("[0-9A-HJKMNP-TV-Z]{6}");
        assertThat(registered.header("Location")).isEqualTo("/api/v1/clients/" + id);

        JsonNode client = awaitClient(id);
        assertThat(client.path("phones").get(0).asString()).isEqualTo("+7" + mobile);
        assertThat(client.path("source").asString()).isEqualTo("API");

        JsonNode found = api.get("/api/v1/clients" + Api.query(Map.of("phone", "+7 " + mobile))).json();
        assertThat(found.path("items")).extracting(item -> item.path("id").asString()).containsExactly(id);

        Api backOffice = api.withHeader("X-Channel", "BACK_OFFICE").withHeader("X-Request-Id", "req-" + id);
        assertThat(backOffice.patch("/api/v1/clients/" + id, Map.of("lastName", "Sidorov", "firstName", "Ivan"))
                .status()).isEqualTo(204);
        assertThat(backOffice.post("/api/v1/clients/" + id + "/block", Map.of("reason", "fraud at the till"))
                .status()).isEqualTo(204);
        assertThat(api.post("/api/v1/clients/" + id + "/unblock", null).status()).isEqualTo(204);

        List<JsonNode> history = awaitHistory(id, 4);
        assertThat(history).extracting(entry -> entry.path("eventType").asString())
                .containsExactly("ClientRegistered", "ClientDetailsChanged", "ClientBlocked", "ClientUnblocked");
        JsonNode renamed = history.get(1);
        assertThat(renamed.path("actor").asString()).isEqualTo("admin");
        assertThat(renamed.path("channel").asString()).isEqualTo("BACK_OFFICE");
        assertThat(renamed.path("correlationId").asString()).isEqualTo("req-" + id);
        assertThat(renamed.path("changes")).hasSize(1);
        assertThat(change(renamed, "lastName")).containsEntry("old", lastName).containsEntry("new", "Sidorov");
        assertThat(change(history.get(2), "blocked")).containsEntry("old", "false").containsEntry("new", "true");
        assertThat(history.get(2).path("summary").asString()).isEqualTo("Blocked");
        assertThat(history.get(2).path("changes").toString()).contains("fraud at the till");
        assertThat(history.get(3).path("channel").asString()).isEqualTo("API");
        assertThat(history).extracting(entry -> entry.path("position").asLong()).isSorted();
    }

    @Test
    void changeThatChangesNothingLeavesNoHistory() {
        String id = register(Map.of("kind", "PERSON", "firstName", "Olga", "lastName", uniqueName("Ivanova")));
        JsonNode client = awaitClient(id);
        assertThat(api.patch("/api/v1/clients/" + id, Map.of("firstName", "Olga")).status()).isEqualTo(204);
        assertThat(api.patch("/api/v1/clients/" + id, Map.of("middleName", "Petrovna")).status()).isEqualTo(204);
        List<JsonNode> history = awaitHistory(id, 2);
        assertThat(history).hasSize(2);
        assertThat(change(history.get(1), "middleName")).containsEntry("old", null)
                .containsEntry("new", "Petrovna");
        assertThat(client.path("firstName").asString()).isEqualTo("Olga");
    }

    @Test
    void consentsAndChannelsChangeAsAPatch() {
        String id = register(Map.of("kind", "PERSON", "firstName", "Anna", "consents", Map.of("sms", true)));
        awaitClient(id);
        assertThat(api.patch("/api/v1/clients/" + id, Map.of("consents",
                Map.of("mailing", true, "channels", List.of("EMAIL", "TELEGRAM")))).status()).isEqualTo(204);
        eventually().until(() -> api.get("/api/v1/clients/" + id).json().path("consents").path("mailing")
                .asBoolean());
        JsonNode consents = api.get("/api/v1/clients/" + id).json().path("consents");
        assertThat(consents.path("sms").asBoolean()).isTrue();
        assertThat(consents.path("channels")).extracting(JsonNode::asString).containsExactly("TELEGRAM", "EMAIL");
        List<JsonNode> history = awaitHistory(id, 2);
        assertThat(change(history.get(1), "mailingConsent")).containsEntry("old", "false")
                .containsEntry("new", "true");
    }

    @Test
    void deletedClientTakesNoChangesUntilRestored() {
        String id = register(Map.of("kind", "ORGANIZATION", "organizationName", uniqueName("Horns and Hooves ")));
        awaitClient(id);
        assertThat(api.delete("/api/v1/clients/" + id + "?reason=closed").status()).isEqualTo(204);
        Api.Response refused = api.patch("/api/v1/clients/" + id, Map.of("notes", "late"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("client.deleted");
        assertThat(api.post("/api/v1/clients/" + id + "/restore", null).status()).isEqualTo(204);
        assertThat(api.patch("/api/v1/clients/" + id, Map.of("notes", "back")).status()).isEqualTo(204);
        eventually().until(() -> "back".equals(api.get("/api/v1/clients/" + id).json().path("notes").asString()));
        assertThat(api.get("/api/v1/clients/" + id).json().path("deleted").asBoolean()).isFalse();
    }

    @Test
    void deletedClientsAreListedOnlyWhenAskedFor() {
        String name = uniqueName("Gone");
        String id = register(Map.of("kind", "PERSON", "firstName", name));
        awaitClient(id);
        api.delete("/api/v1/clients/" + id);
        eventually().until(() -> api.get("/api/v1/clients/" + id).json().path("deleted").asBoolean());
        assertThat(api.get("/api/v1/clients" + Api.query(Map.of("name", name))).json().path("totalItems").asInt())
                .isZero();
        assertThat(api.get("/api/v1/clients" + Api.query(Map.of("name", name, "deleted", true))).json()
                .path("items")).extracting(item -> item.path("id").asString()).containsExactly(id);
    }

    @Test
    void searchByPartOfTheNameBirthdayRangeCodeWordTagAndContacts() {
        String family = uniqueName("Kuznetsov");
        String winter = register(Map.of("kind", "PERSON", "firstName", "Pyotr", "lastName", family,
                "birthDate", "1985-12-28", "codeWord", "Chamomile", "tags", List.of("VIP", "coffee"),
                "email", "p@example.com"));
        String spring = register(Map.of("kind", "PERSON", "firstName", "Maria", "lastName", family,
                "birthDate", "1992-04-03", "phones", List.of("+7" + uniqueMobile())));
        awaitClient(winter);
        String code = awaitClient(spring).path("code").asString();

        assertThat(ids(Map.of("name", family.toLowerCase().substring(2) + " maria"))).containsExactly(spring);
        assertThat(ids(Map.of("name", family, "birthdayFrom", "12-20", "birthdayTo", "01-10")))
                .containsExactly(winter);
        assertThat(ids(Map.of("name", family, "birthdayFrom", "04-01", "birthdayTo", "04-30")))
                .containsExactly(spring);
        assertThat(ids(Map.of("codeWord", "chamomile", "name", family))).containsExactly(winter);
        assertThat(ids(Map.of("tag", "vip", "name", family))).containsExactly(winter);
        assertThat(ids(Map.of("code", code.toLowerCase()))).containsExactly(spring);
        assertThat(ids(Map.of("name", family, "hasEmail", true))).containsExactly(winter);
        assertThat(ids(Map.of("name", family, "hasPhone", true))).containsExactly(spring);
        assertThat(ids(Map.of("name", family, "blocked", false))).containsExactlyInAnyOrder(winter, spring);
    }

    @Test
    void phoneSearchMatchesPrefixAndSuffixInAnyFormat() {
        String mobile = uniqueMobile();
        String id = register(Map.of("kind", "PERSON", "firstName", "Egor", "phones", List.of("+7" + mobile)));
        awaitClient(id);
        assertThat(ids(Map.of("phone", "8 (" + mobile.substring(0, 3) + ") " + mobile.substring(3, 6) + "-"
                + mobile.substring(6, 8) + "-" + mobile.substring(8)))).containsExactly(id);
        assertThat(ids(Map.of("phone", "+7" + mobile.substring(0, 9)))).contains(id);
        assertThat(ids(Map.of("phone", mobile.substring(0, 9)))).contains(id);
        assertThat(ids(Map.of("phone", "-" + mobile.substring(3)))).contains(id);
    }

    @Test
    void listsPageWithAStableOrder() {
        String family = uniqueName("Smirnov");
        for (int i = 0; i < 5; i++) {
            register(Map.of("kind", "PERSON", "lastName", family, "firstName", "Child" + i));
        }
        eventually().until(() -> ids(Map.of("name", family)).size() == 5);
        List<String> all = ids(Map.of("name", family, "size", 5));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode result = api.get("/api/v1/clients" + Api.query(Map.of("name", family, "size", 2, "page", page)))
                    .json();
            assertThat(result.path("totalItems").asInt()).isEqualTo(5);
            result.path("items").forEach(item -> paged.add(item.path("id").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void clientsFormAHierarchyWithoutCycles() {
        String company = register(Map.of("kind", "ORGANIZATION", "organizationName", uniqueName("Taxi Park ")));
        awaitClient(company);
        String department = register(Map.of("kind", "ORGANIZATION", "organizationName", "Drivers",
                "parentId", company));
        awaitClient(department);
        String driver = register(Map.of("kind", "PERSON", "firstName", "Oleg", "parentId", department,
                "usesOwnAccount", false));
        awaitClient(driver);

        assertThat(ids(Map.of("parentId", company))).containsExactly(department);
        assertThat(ids(Map.of("parentId", company, "includeSubtree", true)))
                .containsExactlyInAnyOrder(department, driver);
        assertThat(api.get("/api/v1/clients/" + driver).json().path("usesOwnAccount").asBoolean()).isFalse();

        Api.Response cycle = api.patch("/api/v1/clients/" + company, Map.of("parentId", department));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.code()).isEqualTo("client.hierarchy_cycle");
        Api.Response underPerson = api.patch("/api/v1/clients/" + company, Map.of("parentId", driver));
        assertThat(underPerson.code()).isEqualTo("client.parent_not_organization");
        Api.Response unknownParent = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "X",
                "parentId", UUID.randomUUID().toString()));
        assertThat(unknownParent.status()).isEqualTo(422);
        assertThat(unknownParent.code()).isEqualTo("client.parent_not_found");
    }

    private List<String> ids(Map<String, ?> query) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/clients" + Api.query(query)).json().path("items")
                .forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
