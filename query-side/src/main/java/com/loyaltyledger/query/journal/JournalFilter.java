package com.loyaltyledger.query.journal;

import com.loyaltyledger.api.journal.JournalCriteria;
import com.loyaltyledger.query.common.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The journal criteria as a SQL condition over {@code journal_line} and its named parameters. */
record JournalFilter(String where, MapSqlParameterSource parameters) {

    static JournalFilter of(JournalCriteria criteria) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (criteria.from() != null) {
            where.append(" and occurred_at >= :from");
            parameters.addValue("from", Rows.time(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" and occurred_at < :to");
            parameters.addValue("to", Rows.time(criteria.to()));
        }
        equal(where, parameters, "account_id", "accountId", criteria.accountId());
        owner(where, parameters, "CLIENT", "clientId", criteria.clientId());
        if (criteria.clientId() != null) {
            // what happened before the client's personal data was erased is no longer shown as the client's
            where.append(" and not exists (select 1 from client_view c where c.id = :clientId")
                    .append(" and c.personal_data_erased_at > occurred_at)");
        }
        owner(where, parameters, "CARD", "cardId", criteria.cardId());
        equal(where, parameters, "kind", "kind", criteria.kind() == null ? null : criteria.kind().name());
        equal(where, parameters, "source", "source", criteria.source());
        equal(where, parameters, "asset", "asset", criteria.asset());
        return new JournalFilter(where.toString(), parameters);
    }

    private static void equal(StringBuilder where, MapSqlParameterSource parameters, String column, String name,
                              String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            parameters.addValue(name, value);
        }
    }

    private static void owner(StringBuilder where, MapSqlParameterSource parameters, String ownerType, String name,
                              String ownerId) {
        if (ownerId != null) {
            where.append(" and account_id in (select account_id from account_view where owner_type = '")
                    .append(ownerType).append("' and owner_id = :").append(name).append(")");
            parameters.addValue(name, ownerId);
        }
    }
}
