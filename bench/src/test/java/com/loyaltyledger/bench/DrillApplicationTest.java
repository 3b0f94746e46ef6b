package com.loyaltyledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The drills' footing: the application's jar starts on a fresh schema, answers, and dies on SIGKILL. */
class DrillApplicationTest {

    @Test
    void theApplicationStartsOnAFreshSchemaAndDiesOnSigkill() throws Exception {
        Application application = DrillApplication.create("footing");
        try {
            application.start(Duration.ofMinutes(2));
            Http.Response health = application.admin().get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(application.settings().database().count("select count(*) from flyway_schema_history"))
                    .isPositive();
            application.kill();
            assertThat(ProcessHandle.of(application.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            application.stop();
        }
    }
}
