package com.loyaltyledger.query.journal;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.journal.BalanceAsOf;
import com.loyaltyledger.api.journal.FindBalanceAsOfQuery;
import com.loyaltyledger.api.journal.FindJournalAfterQuery;
import com.loyaltyledger.api.journal.FindJournalQuery;
import com.loyaltyledger.api.journal.FindOwnerTurnoverQuery;
import com.loyaltyledger.api.journal.FindTurnoverQuery;
import com.loyaltyledger.api.journal.JournalChunk;
import com.loyaltyledger.api.journal.JournalLine;
import com.loyaltyledger.api.journal.JournalPage;
import com.loyaltyledger.api.journal.OwnerTurnover;
import com.loyaltyledger.api.journal.Turnover;
import com.loyaltyledger.query.common.Rows;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the journal: lines by filters, turnover over a period and balances as of a moment, all from the lines
 * by their events' timestamps. A balance is credits minus debits.
 */
@Component
class JournalQueries {

    private static final String SIGNED = "case when direction = 'CREDIT' then amount else -amount end";

    private final NamedParameterJdbcTemplate jdbc;

    JournalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public JournalPage handle(FindJournalQuery query) {
        JournalFilter filter = JournalFilter.of(query.criteria());
        Long total = jdbc.queryForObject("select count(*) from journal_line" + filter.where(), filter.parameters(),
                Long.class);
        MapSqlParameterSource parameters = filter.parameters().addValue("limit", query.page().size())
                .addValue("offset", query.page().offset());
        List<JournalLine> lines = jdbc.query("select * from journal_line" + filter.where()
                + " order by line_id limit :limit offset :offset", parameters, (row, n) -> line(row));
        return new JournalPage(lines, query.page().page(), query.page().size(), total == null ? 0 : total);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public JournalChunk handle(FindJournalAfterQuery query) {
        JournalFilter filter = JournalFilter.of(query.criteria());
        MapSqlParameterSource parameters = filter.parameters().addValue("after", query.afterLineId())
                .addValue("limit", query.limit());
        return new JournalChunk(jdbc.query("select * from journal_line" + filter.where()
                + " and line_id > :after order by line_id limit :limit", parameters, (row, n) -> line(row)));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<Turnover> handle(FindTurnoverQuery query) {
        return jdbc.query("select asset from account_view where account_id = :id", Map.of("id", query.accountId()),
                        (row, n) -> row.getString(1)).stream().findFirst()
                .map(asset -> turnover(query.accountId(), asset, query.from(), query.to()));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public OwnerTurnover handle(FindOwnerTurnoverQuery query) {
        List<Turnover> accounts = jdbc.query("select account_id, asset from account_view where owner_type = :type "
                        + "and owner_id = :id order by number, account_id",
                Map.of("type", query.ownerType().name(), "id", query.ownerId()),
                (row, n) -> turnover(row.getString(1), row.getString(2), query.from(), query.to()));
        return new OwnerTurnover(accounts);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<BalanceAsOf> handle(FindBalanceAsOfQuery query) {
        return jdbc.query("select asset from account_view where account_id = :id", Map.of("id", query.accountId()),
                        (row, n) -> row.getString(1)).stream().findFirst()
                .map(asset -> new BalanceAsOf(query.accountId(), asset, query.asOf(), sum("select coalesce(sum("
                        + SIGNED + "), 0) from journal_line where account_id = :id and occurred_at <= :at",
                        new MapSqlParameterSource("id", query.accountId()).addValue("at", Rows.time(query.asOf())))));
    }

    private Turnover turnover(String accountId, String asset, Instant from, Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", accountId)
                .addValue("from", Rows.time(from)).addValue("to", Rows.time(to));
        BigDecimal[] figures = jdbc.queryForObject("select "
                        + "coalesce(sum(case when occurred_at < :from then " + SIGNED + " else 0 end), 0), "
                        + "coalesce(sum(case when occurred_at >= :from and direction = 'DEBIT' then amount "
                        + "else 0 end), 0), "
                        + "coalesce(sum(case when occurred_at >= :from and direction = 'CREDIT' then amount "
                        + "else 0 end), 0) "
                        + "from journal_line where account_id = :id and occurred_at < :to",
                parameters, (row, n) -> new BigDecimal[]{row.getBigDecimal(1), row.getBigDecimal(2),
                        row.getBigDecimal(3)});
        // opening and closing are balances, within the account's limit; what moved between them may be far more
        long opening = figures[0].longValueExact();
        BigInteger debits = figures[1].toBigIntegerExact();
        BigInteger credits = figures[2].toBigIntegerExact();
        return new Turnover(accountId, asset, from, to, opening, debits, credits,
                BigInteger.valueOf(opening).add(credits).subtract(debits).longValueExact());
    }

    private long sum(String sql, MapSqlParameterSource parameters) {
        Long value = jdbc.queryForObject(sql, parameters, Long.class);
        return value == null ? 0 : value;
    }

    private static JournalLine line(ResultSet row) throws SQLException {
        return new JournalLine(row.getLong("line_id"), row.getLong("position"), Rows.instant(row, "occurred_at"),
                row.getObject("business_day", LocalDate.class), row.getString("transaction_id"),
                row.getString("account_id"), row.getBoolean("system_account"),
                Direction.valueOf(row.getString("direction")), row.getLong("amount"), row.getString("asset"),
                PostingKind.valueOf(row.getString("kind")), row.getString("counter_account"),
                row.getString("reason"), row.getString("source"), row.getString("store_code"),
                row.getString("actor"), row.getString("reversal_of"));
    }
}
