package com.loyaltyledger.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the tests that run the whole application over real HTTP against the test database. All of them share
 * one Spring context (same configuration), so the application starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "ledger.privacy.master-key=" + IntegrationTest.MASTER_KEY,
        // tests speak for other source addresses with X-Forwarded-For, as a proxy in front of the application would
        "server.forward-headers-strategy=native",
        "ledger.security.jwt-issuer=" + TestJwt.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=" + TestJwt.AUDIENCE})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    /** 32 bytes, base64; only ever used by tests. */
    public static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LW9mLTMyLWJ5dGVzLWxvbmc=";

    @LocalServerPort
    private int port;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        if (database.isPostgres()) {
            registry.add("spring.flyway.default-schema", database::schema);
            // as the postgres profile sets it: failed statements carry no row values into exceptions and logs
            registry.add("spring.datasource.hikari.data-source-properties.logServerErrorDetail", () -> "false");
        }
        // bearer tokens from a stand-in identity provider are accepted beside HTTP Basic
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwt::publicKeyLocation);
    }

    @BeforeEach
    void connectApi() {
        api = new Api("http://localhost:" + port, "admin", ADMIN_PASSWORD);
    }

    /** Whether the event processor has handled every stored event (a replayed one may still say "replaying"). */
    protected boolean processorCaughtUp(String processor) {
        for (JsonNode status : api.get("/api/v1/admin/processors").json()) {
            if (status.path("name").asString().equals(processor)) {
                return status.path("caughtUp").asBoolean();
            }
        }
        return false;
    }

    /** Projections follow the event store shortly after a command; wait for them rather than sleep. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50));
    }
}
