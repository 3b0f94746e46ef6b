package com.loyaltyledger.query.journal;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.journal.AssetTotals;
import com.loyaltyledger.api.journal.CheckLedgerQuery;
import com.loyaltyledger.api.journal.LedgerCheckReport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's check: every asset's journal sums to zero; every account's projected balance equals the sum of
 * its journal lines and the balance its own events give (folded from the first event, snapshots ignored, and
 * equal to its last posting's balance after); no transaction id is posted twice. Reads every account's events:
 * meant for audits, not for every minute. Projections trail the event store by a moment, so a check right after
 * a posting may report it as a discrepancy; check again.
 */
@Component
class LedgerCheck {

    private final NamedParameterJdbcTemplate jdbc;
    private final EventStore events;

    LedgerCheck(NamedParameterJdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Reads every account's stream: on the load benchmark's 160,000 accounts that took longer than Axon's default
     * 30 s a query handler may run, and the check ended in a 500. An audit may take its time.
     */
    @QueryHandler
    @MessageHandlerTimeout(timeoutMs = 30 * 60_000, warningThresholdMs = 60_000, warningIntervalMs = 60_000)
    @Transactional(readOnly = true)
    public LedgerCheckReport handle(CheckLedgerQuery query) {
        List<String> problems = new ArrayList<>();
        List<AssetTotals> assets = jdbc.query("select asset, "
                        + "coalesce(sum(case when direction = 'DEBIT' then amount else 0 end), 0), "
                        + "coalesce(sum(case when direction = 'CREDIT' then amount else 0 end), 0) "
                        + "from journal_line group by asset order by asset", new MapSqlParameterSource(),
                (row, n) -> new AssetTotals(row.getString(1), exact(row.getBigDecimal(2)), exact(row.getBigDecimal(3)),
                        exact(row.getBigDecimal(3)).subtract(exact(row.getBigDecimal(2)))));
        assets.stream().filter(totals -> totals.balanceSum().signum() != 0).forEach(totals -> problems.add("asset "
                + totals.asset() + ": journal sums to " + totals.balanceSum() + " minor units, not 0"));
        jdbc.query("select transaction_id, count(*) from journal_line where system_account = false "
                        + "group by transaction_id having count(*) > 1 order by transaction_id",
                new MapSqlParameterSource(), row -> {
                    problems.add("transaction " + row.getString(1) + " is posted " + row.getLong(2) + " times");
                });
        Long postings = jdbc.queryForObject("select count(*) from journal_line where system_account = false",
                new MapSqlParameterSource(), Long.class);
        Map<String, Long> journalBalances = new HashMap<>();
        jdbc.query("select account_id, sum(case when direction = 'CREDIT' then amount else -amount end) "
                        + "from journal_line where system_account = false group by account_id",
                new MapSqlParameterSource(), row -> {
                    journalBalances.put(row.getString(1), row.getLong(2));
                });
        long[] accounts = {0};
        jdbc.query("select account_id, balance from account_view order by account_id", new MapSqlParameterSource(),
                row -> {
                    accounts[0]++;
                    String accountId = row.getString(1);
                    long projected = row.getLong(2);
                    long journal = journalBalances.getOrDefault(accountId, 0L);
                    if (journal != projected) {
                        problems.add("account " + accountId + ": projected balance " + projected
                                + ", journal lines sum to " + journal);
                    }
                    compareWithEvents(accountId, projected, problems);
                });
        List<String> first = problems.stream().limit(Math.max(0, query.maxDiscrepancies())).toList();
        return new LedgerCheckReport(problems.isEmpty(), assets, accounts[0], postings == null ? 0 : postings, first);
    }

    private static BigInteger exact(BigDecimal sum) {
        return sum.toBigIntegerExact();
    }

    private void compareWithEvents(String accountId, long projected, List<String> problems) {
        long folded = 0;
        Long lastBalanceAfter = null;
        DomainEventStream stream = events.readEvents(accountId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (PostingRecordedEvent.class.equals(event.getPayloadType())) {
                PostingRecordedEvent posting = (PostingRecordedEvent) event.getPayload();
                folded += posting.direction() == Direction.CREDIT ? posting.amount() : -posting.amount();
                lastBalanceAfter = posting.balanceAfter();
            }
        }
        long fromEvents = lastBalanceAfter == null ? 0 : lastBalanceAfter;
        if (folded != fromEvents) {
            problems.add("account " + accountId + ": its postings add up to " + folded
                    + " but the last says the balance is " + fromEvents);
        }
        if (projected != fromEvents) {
            problems.add("account " + accountId + ": projected balance " + projected + ", event store gives "
                    + fromEvents);
        }
    }
}
