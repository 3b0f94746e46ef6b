package com.loyaltyledger.bench.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.DrillApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bad-input drill, small and with a fixed seed: every endpoint gets each of its bad requests at least once, so a
 * new endpoint without the drill's attention, a 500 for some odd input, or a bad request that slips through and
 * changes something fails the build; then the odd-but-valid input must be accepted and every read model must store
 * it (processors at the head, no dead letters, ledger check clean).
 */
class BadInputDrillTest {

    @Test
    void everyBadRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
        Application application = DrillApplication.create("bad_input", BadInputDrill.applicationArguments());
        try {
            application.start(Duration.ofMinutes(2));
            BadInputDrill.Result result = new BadInputDrill(application.admin(), application.settings().database(),
                    1_600, 4, 20_261_122L).run("ci");

            assertThat(result.failures()).as("requests not refused with a 4xx problem and a code").isEmpty();
            assertThat(result.uncovered()).as("endpoints the drill does not attack").isNotNull().isEmpty();
            assertThat(result.tally().byEndpoint()).hasSize(result.endpoints());
            assertThat(result.changed()).as("tables the bad requests changed").isEmpty();
            assertThat(result.before().get("domain_event_entry")).doesNotStartWith("0 rows");
            assertThat(result.cleanAfter()).isTrue();
            assertThat(result.accepted().failures()).as("odd but valid input that was refused").isEmpty();
            assertThat(result.accepted().uniqueWon()).as("one winner of each race of one name").isEqualTo(4);
            assertThat(result.settled().stuck()).as("processors behind or in error").isEmpty();
            assertThat(result.settled().deadLetters()).isZero();
            assertThat(result.settled().clean()).isTrue();
            assertThat(result.tally().byStatus()).containsKeys("400", "401", "403", "404", "409", "415", "422",
                    "429");
            assertThat(result.tally().byCode()).containsKey("auth.throttled");
            assertThat(result.passed()).isTrue();
        } finally {
            application.stop();
        }
    }
}
