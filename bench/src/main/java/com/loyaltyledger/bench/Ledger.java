package com.loyaltyledger.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** The checks every bench run ends with: projections caught up with the event store, and the ledger check. */
public final class Ledger {

    private Ledger() {
    }

    /** Waits until every streaming processor has handled the last event stored; returns that event's index. */
    public static long awaitProjections(Http admin, BenchDatabase database, Duration timeout)
            throws IOException, SQLException, InterruptedException {
        long head = database.eventStoreHead();
        long deadline = System.nanoTime() + timeout.toNanos();
        String behind = null;
        while (System.nanoTime() < deadline) {
            behind = null;
            for (JsonNode processor : admin.get("/api/v1/admin/processors").expectOk("processors").json()) {
                if (processor.path("kind").asString().equals("streaming")
                        && (processor.path("position").isNull() || processor.path("position").asLong() < head
                        || processor.path("error").asBoolean())) {
                    behind = processor.path("name").asString() + " at " + processor.path("position") + " of " + head
                            + (processor.path("error").asBoolean() ? " (in error)" : "");
                }
            }
            if (behind == null) {
                return head;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Projections did not catch up within " + timeout + ": " + behind);
    }

    /** The auditor's ledger check: journal sums, projected balances against the accounts' events, duplicates. */
    public static JsonNode check(Http admin) throws IOException {
        return admin.withTimeout(Duration.ofMinutes(15)).get("/api/v1/ledger/check").expectOk("ledger check").json();
    }
}
