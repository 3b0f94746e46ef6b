package com.loyaltyledger.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What people who run the product look at: health, metrics with Axon's meters, the API description. */
class OperationsEndpointsTest extends IntegrationTest {

    @Test
    void healthIsUp() {
        assertThat(api.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsAxonMeters() {
        api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Metric"));
        // a processor's meters appear once it has handled an event, a moment after the command
        eventually().untilAsserted(() -> assertThat(api.get("/actuator/prometheus").body()).contains(
                "commandBus_successCounter", "eventStore_ingestedCounter", "clients_successCounter",
                "hikaricp_connections"));
    }

    @Test
    void openApiDescribesTheClientEndpointsAndHasAUi() {
        var description = api.get("/v3/api-docs").json();
        assertThat(description.path("paths").has("/api/v1/clients")).isTrue();
        assertThat(description.path("paths").has("/api/v1/clients/{id}/history")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
