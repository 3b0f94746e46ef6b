package com.loyaltyledger.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.DrillApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The crash drill, small and with a fixed seed: three SIGKILLs under purchases and postings. A lost or doubled
 * posting, a read model that lost its place, or a hold that stays after its expiry fell into a downtime fails
 * the build.
 */
class CrashDrillTest {

    @Test
    void nothingAcknowledgedIsLostAndNothingIsPostedTwiceAcrossKills() throws Exception {
        Application application = DrillApplication.create("crash", CrashDrill.APPLICATION_ARGUMENTS);
        try {
            CrashResult result = new CrashDrill(application, new CrashDrill.Settings(3, 40, 6,
                    Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(1),
                    20_261_122L)).run("ci");

            assertThat(result.kills()).hasSize(3);
            assertThat(result.acknowledged()).hasSizeGreaterThan(50);
            assertThat(result.tally().missing()).as("acknowledged but not in the journal").isEmpty();
            assertThat(result.tally().duplicated()).as("in the journal twice").isEmpty();
            assertThat(result.tally().acknowledgedFound()).isEqualTo(result.acknowledged().size());
            assertThat(result.holds()).isEqualTo(12);
            assertThat(result.holdsReleased()).isTrue();
            assertThat(result.ledgerClean()).as(result.discrepancies()).isTrue();
            assertThat(result.projectionsDiffer()).isNull();
            assertThat(result.passed()).isTrue();
        } finally {
            application.stop();
        }
    }
}
