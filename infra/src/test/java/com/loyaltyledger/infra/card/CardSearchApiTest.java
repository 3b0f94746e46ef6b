package com.loyaltyledger.infra.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The card list: number prefix, filters, and pages in a stable order. */
class CardSearchApiTest extends CardTestSupport {

    private JsonNode list(Map<String, ?> query) {
        Api.Response response = api.get("/api/v1/cards" + Api.query(query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void searchByNumberPrefixPagesThroughTheMatchesInNumberOrder() {
        String group = createGroup();
        String prefix = uniqueNumber("P").substring(0, 10);
        List<String> inOrder = new ArrayList<>();
        for (String suffix : List.of("01", "02", "03", "04", "05")) {
            inOrder.add(prefix + suffix);
        }
        for (String number : List.of(inOrder.get(3), inOrder.get(0), inOrder.get(4), inOrder.get(2),
                inOrder.get(1))) {
            issue(group, number);
        }
        issue(group, "Q" + prefix.substring(1) + "01");
        eventually().until(() -> list(Map.of("numberPrefix", prefix)).path("totalItems").asInt() == 5);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode result = list(Map.of("numberPrefix", prefix.toLowerCase(), "size", 2, "page", page));
            assertThat(result.path("totalItems").asInt()).isEqualTo(5);
            assertThat(result.path("items").size()).isEqualTo(page < 2 ? 2 : 1);
            result.path("items").forEach(item -> paged.add(item.path("number").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(inOrder);
        assertThat(list(Map.of("numberPrefix", prefix, "page", 3, "size", 2)).path("items")).isEmpty();
    }

    @Test
    void filtersByOwnerStatusGroupAndValidity() {
        String bonus = createGroup();
        String gift = createGroup(Map.of("name", "Gift", "cardType", "GIFT"));
        String owner = registerClient("Filter");
        String prefix = uniqueNumber("F").substring(0, 10);
        String owned = issue(bonus, prefix + "1", Map.of("ownerId", owner));
        String blocked = issue(bonus, prefix + "2");
        String expired = issue(gift, prefix + "3", Map.of("validFrom", "2020-01-01", "validTo", "2020-12-31"));
        String future = issue(gift, prefix + "4", Map.of("validFrom", LocalDate.now().plusYears(1).toString()));
        assertThat(api.post("/api/v1/cards/" + blocked + "/status", Map.of("status", "BLOCKED", "reason", "stolen"))
                .status()).isEqualTo(204);
        // every card, its owner, its status and its group's default multiplier have reached the list
        eventually().until(() -> list(Map.of("numberPrefix", prefix, "status", "BLOCKED")).path("totalItems")
                .asInt() == 1 && list(Map.of("numberPrefix", prefix, "ownerId", owner)).path("totalItems").asInt() == 1
                && list(Map.of("numberPrefix", prefix)).findValues("currentMultiplier").stream()
                .filter(JsonNode::isString).count() == 4);

        assertThat(ids(list(Map.of("numberPrefix", prefix, "ownerId", owner)), "id")).containsExactly(owned);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "status", "BLOCKED")), "id")).containsExactly(blocked);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "status", "ACTIVE")), "id"))
                .containsExactly(owned, expired, future);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "groupId", gift)), "id")).containsExactly(expired, future);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "validOn", "2020-06-15")), "id"))
                .containsExactly(owned, blocked, expired);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "validOn", LocalDate.now().toString())), "id"))
                .containsExactly(owned, blocked);
        assertThat(ids(list(Map.of("numberPrefix", prefix, "groupId", gift, "validOn", "2020-12-31")), "id"))
                .containsExactly(expired);
        JsonNode row = list(Map.of("numberPrefix", prefix + "1")).path("items").get(0);
        assertThat(row.path("groupId").asString()).isEqualTo(bonus);
        assertThat(row.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(row.path("ownerId").asString()).isEqualTo(owner);
        assertThat(Api.decimal(row.path("currentMultiplier"))).isEqualByComparingTo("1");
    }
}
