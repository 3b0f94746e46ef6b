package com.loyaltyledger.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.LoyaltyLedgerApplication;
import com.loyaltyledger.testing.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run mode: no profile, an embedded H2 database in a file under the data directory. What was
 * registered before a restart is there after it, history included.
 */
class DefaultModeRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LoyaltyLedgerApplication.class)
                .run("--server.port=0", "--ledger.security.admin-password=restart-test",
                        "--LEDGER_DATA_DIR=" + dataDir.toAbsolutePath());
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port, "admin", "restart-test");
    }

    @Test
    void dataSurvivesARestart() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            id = api.post("/api/v1/clients", Map.of("kind", "PERSON", "firstName", "Persistent",
                    "phones", java.util.List.of("+79132947302"))).json().path("clientId").asString();
            api.post("/api/v1/clients/" + id + "/block", Map.of("reason", "test"));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                    api.get("/api/v1/clients/" + id + "/history").json().path("totalItems").asInt() == 2);
        }
        assertThat(Files.exists(dataDir.resolve("ledger.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            var client = api.get("/api/v1/clients/" + id).json();
            assertThat(client.path("firstName").asString()).isEqualTo("Persistent");
            assertThat(client.path("blocked").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/clients/" + id + "/history").json().path("totalItems").asInt()).isEqualTo(2);
            assertThat(api.post("/api/v1/clients/" + id + "/unblock", null).status()).isEqualTo(204);
        }
    }
}
