package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of every table a request could change, as a row count and a digest of all rows: equal before and
 * after the drill means the bad requests changed nothing. Left out are the tables that change by themselves
 * (processors' tokens, the deadline scheduler's polling). Lockouts after failed logins are recorded on purpose
 * (an event and its audit entry) and are left out of the comparison.
 */
final class Fingerprint {

    private static final List<String> TABLES = List.of("domain_event_entry", "snapshot_event_entry", "app_user",
            "personal_data_key", "cmd_client_registry", "cmd_client_category", "cmd_card_group", "cmd_card",
            "cmd_card_number", "cmd_account_type", "cmd_account", "ledger_transaction", "journal_line",
            "client_view", "client_view_phone", "client_category_view", "card_group_view", "card_view",
            "account_type_view", "account_view", "account_hold_view", "transfer_view", "purchase_view",
            "purchase_line_view", "purchase_refund_view", "history_entry", "history_change", "saga_entry",
            "association_value_entry", "dead_letter_entry");

    private static final Map<String, String> EXCEPT = Map.of(
            "domain_event_entry", " where payload_type <> 'com.loyaltyledger.api.security.LoginLockedOutEvent'",
            "history_entry", " where entity_type <> 'LOGIN'",
            "history_change", " where entry_id not in (select id from history_entry where entity_type = 'LOGIN')");

    private Fingerprint() {
    }

    static Map<String, String> of(BenchDatabase database) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ' rows, md5 ' || coalesce(md5("
                        + "string_agg(t::text, '|' order by t::text)), '-') from " + table + " t"
                        + EXCEPT.getOrDefault(table, ""))) {
                    rows.next();
                    digests.put(table, rows.getString(1));
                }
            }
        }
        return digests;
    }
}
