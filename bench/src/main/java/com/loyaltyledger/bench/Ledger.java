package com.loyaltyledger.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * Non-system journal lines per transaction id whose id starts with {@code idPrefix}: a posting's own id; a
     * purchase of {@code store}, by its receipt id, through the receipt list (its earning is named after the
     * receipt's key). Ids absent here are in no line.
     */
    public static Map<String, Integer> journalCounts(BenchDatabase database, String idPrefix, String store)
            throws SQLException {
        Map<String, Integer> found = new HashMap<>();
        try (Connection connection = database.connect()) {
            try (PreparedStatement statement = connection.prepareStatement("select transaction_id, count(*) "
                    + "from journal_line where not system_account and transaction_id like ? "
                    + "group by transaction_id")) {
                statement.setString(1, idPrefix + "%");
                collect(statement, found);
            }
            try (PreparedStatement statement = connection.prepareStatement("select p.receipt_id, "
                    + "count(j.line_id) from purchase_view p left join journal_line j on j.transaction_id = "
                    + "p.receipt_key || ':earn' and not j.system_account where p.store_code = ? "
                    + "group by p.receipt_id")) {
                statement.setString(1, store);
                collect(statement, found);
            }
        }
        return found;
    }

    private static void collect(PreparedStatement statement, Map<String, Integer> found) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.merge(rows.getString(1), rows.getInt(2), Integer::sum);
            }
        }
    }

    /** How the read models differ from the event store (postings, receipts), or null when they hold the same. */
    public static String projectionsDiffer(BenchDatabase database) throws SQLException {
        long postings = database.count("select count(*) from domain_event_entry where payload_type like "
                + "'%.PostingRecordedEvent'");
        long lines = database.count("select count(*) from journal_line where not system_account");
        long receipts = database.count("select count(*) from domain_event_entry where payload_type like "
                + "'%.PurchaseRecordedEvent'");
        long listed = database.count("select count(*) from purchase_view");
        if (postings == lines && receipts == listed) {
            return null;
        }
        return String.format("event store: %,d postings and %,d receipts; read models: %,d journal lines and %,d "
                + "receipts", postings, receipts, lines, listed);
    }
}
