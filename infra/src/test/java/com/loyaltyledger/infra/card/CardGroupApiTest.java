package com.loyaltyledger.infra.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.common.PageRequest;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryEntry;
import com.loyaltyledger.api.history.HistoryPage;
import com.loyaltyledger.testing.Api;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CardGroupApiTest extends CardTestSupport {

    @Autowired
    private QueryGateway queries;

    private JsonNode listed(String groupId) {
        for (int page = 0; ; page++) {
            JsonNode result = api.get("/api/v1/card-groups?size=500&page=" + page).json();
            for (JsonNode group : result.path("items")) {
                if (group.path("id").asString().equals(groupId)) {
                    return group;
                }
            }
            if (result.path("items").isEmpty()) {
                return null;
            }
        }
    }

    @Test
    void aGroupIsCreatedListedRenamedAndGivenNewDefaults() {
        String name = "Gold " + UUID.randomUUID();
        String typeId = api.post("/api/v1/account-types", Map.of("name", "Points " + name, "asset", "BONUS",
                "kind", "BONUS")).json().path("accountTypeId").asString();
        Api.Response unknownType = api.post("/api/v1/card-groups", Map.of("name", name, "cardType", "BONUS",
                "bonusAccountTypeId", "at-1"));
        assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(422);
        assertThat(unknownType.code()).isEqualTo("account.type_not_found");
        String id = createGroup(Map.of("name", name, "cardType", "DISCOUNT", "bonusAccountTypeId", typeId));
        eventually().until(() -> listed(id) != null);
        JsonNode group = listed(id);
        assertThat(group.path("name").asString()).isEqualTo(name);
        assertThat(group.path("cardType").asString()).isEqualTo("DISCOUNT");
        assertThat(Api.decimal(group.path("defaultMultiplier"))).isEqualByComparingTo("1");
        assertThat(group.path("bonusAccountTypeId").asString()).isEqualTo(typeId);
        assertThat(api.patch("/api/v1/card-groups/" + id, Map.of("bonusAccountTypeId", "at-1")).code())
                .isEqualTo("account.type_not_found");

        Map<String, Object> change = new HashMap<>(Map.of("name", "Platinum " + name, "cardType", "BONUS",
                "defaultMultiplier", 2.5));
        change.put("bonusAccountTypeId", null);
        assertThat(api.patch("/api/v1/card-groups/" + id, change).status()).isEqualTo(204);
        eventually().until(() -> listed(id).path("cardType").asString().equals("BONUS"));
        group = listed(id);
        assertThat(group.path("name").asString()).isEqualTo("Platinum " + name);
        assertThat(Api.decimal(group.path("defaultMultiplier"))).isEqualByComparingTo("2.5");
        assertThat(group.path("bonusAccountTypeId").isNull()).isTrue();

        Api.Response unknownField = api.patch("/api/v1/card-groups/" + id, Map.of("colour", "gold"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").get(0).path("field").asString()).isEqualTo("colour");

        eventually().until(() -> groupHistory(id).totalItems() == 2);
        HistoryEntry renamed = groupHistory(id).items().get(1);
        assertThat(renamed.summary()).isEqualTo("Card group changed");
        assertThat(renamed.changes()).extracting(fieldChange -> fieldChange.field())
                .containsExactly("name", "cardType", "defaultMultiplier", "bonusAccountTypeId");
    }

    @Test
    void aCardsCurrentMultiplierFollowsItsGroupsDefault() {
        String group = createGroup(Map.of("name", "Follow " + UUID.randomUUID(), "cardType", "BONUS"));
        String card = issue(group, uniqueNumber("M"));
        eventually().until(() -> awaitCard(card).path("currentMultiplier").isString());
        assertThat(api.patch("/api/v1/card-groups/" + group, Map.of("defaultMultiplier", 1.25)).status())
                .isEqualTo(204);
        eventually().until(() -> Api.decimal(api.get("/api/v1/cards/" + card).json().path("currentMultiplier"))
                .compareTo(new BigDecimal("1.25")) == 0);
        assertThat(api.get("/api/v1/card-groups?size=1").json().path("items")).hasSize(1);
    }

    private HistoryPage groupHistory(String id) {
        return queries.query(new FindEntityHistoryQuery(EntityType.CARD_GROUP, id, new PageRequest(0, 10)),
                HistoryPage.class).join();
    }
}
