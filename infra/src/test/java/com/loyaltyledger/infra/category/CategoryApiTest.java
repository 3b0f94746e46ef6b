package com.loyaltyledger.infra.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import com.loyaltyledger.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CategoryApiTest extends IntegrationTest {

    private String createCategory(Api as, String name) {
        Api.Response created = as.post("/api/v1/client-categories", Map.of("name", name,
                "discountPercent", 5, "discountStepPercent", "1", "maxDiscountPercent", 10,
                "stepAmount", "10000.00", "bonusPercent", 3, "bonusStepPercent", 0.5, "maxBonusPercent", 6));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void managerDefinesCategoriesAndOperatorsPutClientsInThem() {
        Api manager = TestUsers.withRoles(api, "MANAGER");
        String name = "Gold " + UUID.randomUUID().toString().substring(0, 6);
        String id = createCategory(manager, name);
        eventually().until(() -> api.get("/api/v1/client-categories/" + id).status() == 200);
        JsonNode category = api.get("/api/v1/client-categories/" + id).json();
        assertThat(Api.decimal(category.path("terms").path("stepAmount"))).isEqualByComparingTo("10000");
        assertThat(category.path("terms").path("shownInLists").asBoolean()).isTrue();

        assertThat(manager.patch("/api/v1/client-categories/" + id, Map.of("bonusPercent", "4", "shownInLists",
                false)).status()).isEqualTo(204);
        eventually().until(() -> api.get("/api/v1/client-categories/" + id + "/history").json().path("totalItems")
                .asInt() == 2);
        JsonNode changed = api.get("/api/v1/client-categories/" + id + "/history").json().path("items").get(1);
        List<String> fields = new ArrayList<>();
        changed.path("changes").forEach(change -> fields.add(change.path("field").asString() + ":"
                + change.path("oldValue").asString() + "→" + change.path("newValue").asString()));
        assertThat(fields).containsExactlyInAnyOrder("bonusPercent:3→4", "shownInLists:true→false");
        List<String> pickable = new ArrayList<>();
        api.get("/api/v1/client-categories?shownInLists=true").json().path("items")
                .forEach(item -> pickable.add(item.path("id").asString()));
        assertThat(pickable).doesNotContain(id);

        Api operator = TestUsers.withRoles(api, "OPERATOR");
        assertThat(operator.post("/api/v1/client-categories", Map.of("name", "Nope")).status()).isEqualTo(403);
        Api.Response registered = operator.post("/api/v1/clients", Map.of("kind", "PERSON",
                "firstName", "Categorized", "categoryId", id, "individualBonusPercent", "7.5"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String client = registered.json().path("clientId").asString();
        eventually().until(() -> api.get("/api/v1/clients/" + client).status() == 200);
        JsonNode member = api.get("/api/v1/clients/" + client).json();
        assertThat(member.path("categoryId").asString()).isEqualTo(id);
        assertThat(Api.decimal(member.path("individualBonusPercent"))).isEqualByComparingTo("7.5");
    }

    @Test
    void badTermsAndDuplicateNamesAreRefused() {
        String name = "Silver " + UUID.randomUUID().toString().substring(0, 6);
        createCategory(api, name);
        Api.Response duplicate = api.post("/api/v1/client-categories", Map.of("name", name.toUpperCase()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("category.name_taken");
        Api.Response badPercent = api.post("/api/v1/client-categories", Map.of("name", "X" + name,
                "discountPercent", "12.345"));
        assertThat(badPercent.status()).isEqualTo(400);
        assertThat(badPercent.json().path("errors").get(0).path("field").asString()).isEqualTo("discountPercent");
        Api.Response notANumber = api.post("/api/v1/client-categories", Map.of("name", "Y" + name,
                "bonusPercent", "lots"));
        assertThat(notANumber.json().path("errors").get(0).path("field").asString()).isEqualTo("bonusPercent");
        assertThat(api.post("/api/v1/client-categories", Map.of("name", "Z" + name, "colour", "gold")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/client-categories/" + UUID.randomUUID()).code()).isEqualTo("category.not_found");
        // found by the bad-input drill: a number beyond a double's range reached the parser as infinity, a 500
        Api.Response infinite = api.sendRaw("POST", "/api/v1/client-categories",
                "{\"name\": \"W" + name + "\", \"bonusPercent\": 1e400}");
        assertThat(infinite.status()).as(infinite.toString()).isEqualTo(400);
        assertThat(infinite.json().path("errors").get(0).path("field").asString()).isEqualTo("bonusPercent");
        Api.Response unknownType = api.post("/api/v1/client-categories", Map.of("name", "V" + name,
                "accountTypeId", UUID.randomUUID().toString()));
        assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(422);
        assertThat(unknownType.code()).isEqualTo("account.type_not_found");
        assertThat(api.get("/api/v1/client-categories").json().path("items").findValuesAsString("name"))
                .doesNotContain("W" + name, "V" + name);
    }

    @Test
    void clientsRefuseUnknownCategoriesAndCategoriesBelowTheTop() {
        Api.Response unknown = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Lost",
                "categoryId", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("client.category_not_found");
        String category = createCategory(api, "Bronze " + UUID.randomUUID().toString().substring(0, 6));
        String org = api.post("/api/v1/clients", Map.of("kind", "ORGANIZATION", "organizationName", "Top"))
                .json().path("clientId").asString();
        Api.Response employee = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Emp",
                "parentId", org, "categoryId", category));
        assertThat(employee.status()).isEqualTo(400);
        assertThat(employee.json().path("errors").get(0).path("field").asString()).isEqualTo("categoryId");
    }
}
