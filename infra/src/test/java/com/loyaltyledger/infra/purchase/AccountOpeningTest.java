package com.loyaltyledger.infra.purchase;

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

/** A client registered in a category with an account type gets its account, once, and can buy with it. */
class AccountOpeningTest extends IntegrationTest {

    @Test
    void aClientOfACategoryWithAnAccountTypeGetsItsAccountExactlyOnce() {
        String type = api.post("/api/v1/account-types", Map.of("name", "Club " + UUID.randomUUID(), "asset",
                "BONUS", "kind", "BONUS", "minimumBalance", "0")).json().path("accountTypeId").asString();
        String category = api.post("/api/v1/client-categories", Map.of("name", "Club " + UUID.randomUUID(),
                "bonusPercent", "10", "accountTypeId", type)).json().path("id").asString();
        JsonNode registered = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Member",
                "categoryId", category)).json();
        String client = registered.path("clientId").asString();
        eventually().until(() -> accounts(client).size() == 1);
        JsonNode account = accounts(client).getFirst();
        assertThat(account.path("number").asString()).isEqualTo(registered.path("code").asString());
        assertThat(account.path("accountTypeId").asString()).isEqualTo(type);

        // handling every registration again (as after a crash) opens nothing twice
        assertThat(api.post("/api/v1/admin/processors/account-opening/replay", null).status()).isEqualTo(202);
        eventually().until(() -> processorCaughtUp("account-opening"));
        assertThat(accounts(client)).hasSize(1);

        Api till = TestUsers.withRoles(api, "CASHIER");
        JsonNode bought = till.post("/api/v1/purchases", Map.of("receiptId", "R1", "storeCode", "S-CLIENT-" + client
                .substring(0, 8), "clientId", client, "lines", List.of(Map.of("itemCode", "A", "quantity", "1",
                "amount", "50.00")), "total", "50.00")).json();
        assertThat(bought.path("accountId").asString()).isEqualTo(account.path("id").asString());
        assertThat(bought.path("bonusEarned").asString()).isEqualTo("5.00");
    }

    private List<JsonNode> accounts(String client) {
        JsonNode items = api.get("/api/v1/clients/" + client + "/accounts").json().path("items");
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

}
