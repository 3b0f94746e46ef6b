package com.loyaltyledger.infra.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.Api;
import com.loyaltyledger.testing.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A client as it was at any moment, rebuilt from the event store rather than read from the list. */
class ClientAsOfTest extends IntegrationTest {

    @Test
    void showsTheClientAsItWasAtEachMoment() {
        Instant beforeRegistration = Instant.now().minusMillis(1);
        String id = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Early", "lastName", "Bird"))
                .json().path("clientId").asString();
        Instant afterRegistration = eventTimeOf(id, 0);
        api.patch("/api/v1/clients/" + id, Map.of("lastName", "Owl"));
        api.post("/api/v1/clients/" + id + "/block", Map.of("reason", "night shift"));
        eventually().until(() -> api.get("/api/v1/clients/" + id + "/history").json().path("totalItems").asInt() == 3);

        JsonNode then = api.get("/api/v1/clients/" + id + Api.query(Map.of("asOf", afterRegistration.toString())))
                .json();
        assertThat(then.path("lastName").asString()).isEqualTo("Bird");
        assertThat(then.path("blocked").asBoolean()).isFalse();

        JsonNode renamed = api.get("/api/v1/clients/" + id + Api.query(Map.of("asOf", eventTimeOf(id, 1).toString())))
                .json();
        assertThat(renamed.path("lastName").asString()).isEqualTo("Owl");
        assertThat(renamed.path("blocked").asBoolean()).isFalse();

        JsonNode now = api.get("/api/v1/clients/" + id + Api.query(Map.of("asOf", Instant.now().toString()))).json();
        assertThat(now.path("blocked").asBoolean()).isTrue();
        assertThat(now.path("blockReason").asString()).isEqualTo("night shift");

        Api.Response notYet = api.get("/api/v1/clients/" + id
                + Api.query(Map.of("asOf", beforeRegistration.toString())));
        assertThat(notYet.status()).isEqualTo(404);
        assertThat(notYet.code()).isEqualTo("client.not_found");
        assertThat(api.get("/api/v1/clients/" + id + "?asOf=last-month").status()).isEqualTo(400);
    }

    private Instant eventTimeOf(String clientId, int index) {
        eventually().until(() -> api.get("/api/v1/clients/" + clientId + "/history").json().path("totalItems")
                .asInt() > index);
        return Instant.parse(api.get("/api/v1/clients/" + clientId + "/history").json().path("items").get(index)
                .path("occurredAt").asString());
    }
}
