package com.loyaltyledger.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.loyaltyledger.bench.Application;
import com.loyaltyledger.bench.AxonServer;
import com.loyaltyledger.bench.DrillApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The cluster drill, short and with a fixed seed: two instances on one Axon Server and one PostgreSQL, the
 * purchase and posting mix through both, one SIGKILL and restart. Needs the Axon Server jar ({@code
 * LEDGER_AXONSERVER_JAR}, else {@code /opt/axonserver/axonserver.jar}); without it the drill is skipped, and says
 * so. This is the suite's only Axon Server: one process for the whole run.
 */
class ClusterDrillTest {

    @Test
    void twoInstancesShareTheWorkAndLoseNothingWhenOneIsKilled() throws Exception {
        Path jar = AxonServer.jar(null);
        if (!Files.isRegularFile(jar)) {
            String reason = "No Axon Server jar at " + jar + " (set " + AxonServer.JAR_VARIABLE
                    + "): the cluster drill is skipped";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        Application base = DrillApplication.create("cluster");
        Path logs = base.settings().logDir();
        try (AxonServer axonServer = new AxonServer(jar, DrillApplication.freePort(), DrillApplication.freePort(),
                logs.resolve("axonserver"))) {
            axonServer.start(Duration.ofMinutes(2));
            Application first = new Application(base.settings().instance(DrillApplication.freePort(),
                    logs.resolve("a"), axonServer.address()));
            Application second = new Application(base.settings().instance(DrillApplication.freePort(),
                    logs.resolve("b"), axonServer.address()));
            try {
                ClusterResult result = new ClusterDrill(first, second, new ClusterDrill.Settings(24, 6,
                        Duration.ofSeconds(40), Duration.ofSeconds(12), Duration.ofSeconds(2), 20_261_202L))
                        .run("ci");

                assertThat(result.acknowledged()).hasSizeGreaterThan(50);
                assertThat(result.acknowledged()).as("kinds acknowledged; refusals %s", result.refusals())
                        .containsValues(ClusterTraffic.Kind.values());
                assertThat(result.serverErrors()).as("5xx answers").isEmpty();
                assertThat(result.tally().missing()).as("acknowledged but not in the journal").isEmpty();
                assertThat(result.tally().duplicated()).as("in the journal twice").isEmpty();
                assertThat(result.cards()).isGreaterThan(24);
                assertThat(result.cardsWithoutAccount()).as("cards without their bonus account").isEmpty();
                assertThat(result.ledgerClean()).as(result.discrepancies()).isTrue();
                assertThat(result.readModelsDiffer()).as("reads through a and b").isNull();
                assertThat(result.projectionsDiffer()).isNull();
                assertThat(result.bothProcessed()).as("a %s, b before the kill %s, b after %s",
                        result.handledByA(), result.handledBeforeKill(), result.handledByB()).isTrue();
                assertThat(result.takeover()).isLessThanOrEqualTo(ClusterDrill.SHARE_WITHIN);
                assertThat(result.rebalance()).isLessThanOrEqualTo(ClusterDrill.SHARE_WITHIN);
                assertThat(result.passed()).isTrue();
            } finally {
                first.stop();
                second.stop();
            }
        }
    }
}
