package com.loyaltyledger.query.journal;

import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.api.common.MetadataKeys;
import com.loyaltyledger.api.common.StorableValues;
import com.loyaltyledger.query.common.ErasureVacuumRequests;
import com.loyaltyledger.query.common.Rows;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The double-entry journal: each posting becomes two lines, the account's and its counter account's (a system
 * account of the same asset) in the opposite direction, so every asset's lines sum to zero. The lines of a whole
 * processor batch go to the database in one JDBC batch when the batch commits; an event handled alone (a batch
 * taken apart after a failure, a dead letter retried) writes its lines at once, so that a failure is its own. A line
 * already written for the same event and side is skipped, so replays leave the journal as it was.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
public class JournalProjection {

    static final String PROCESSING_GROUP = "journal";
    private static final String PENDING_LINES = JournalProjection.class.getName() + ".lines";
    private static final String INSERT = "insert into journal_line (event_id, side, position, occurred_at, "
            + "business_day, transaction_id, account_id, system_account, direction, amount, asset, kind, "
            + "counter_account, reason, source, store_code, actor, reversal_of) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

    /** The accounts of a client (twice the client id): its own and its cards'. */
    public static final String OWNED_ACCOUNTS = "select account_id from account_view where (owner_type = 'CLIENT' and "
            + "owner_id = ?) or (owner_type = 'CARD' and owner_id in (select id from card_view where owner_id = ?))";
    private static final int ACCOUNT_COLUMN = 6;
    private static final int COUNTER_COLUMN = 12;
    private static final int REASON_COLUMN = 13;

    private final JdbcTemplate jdbc;

    JournalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PostingRecordedEvent event, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(
                () -> new IllegalStateException("The journal needs a tracking token with a position"));
        String systemAccount = event.counterAccount().journalId(event.asset());
        Object actor = message.getMetaData().get(MetadataKeys.ACTOR);
        List<Object[]> lines = List.of(
                line(event, message, position, 0, event.accountId(), false, event.direction().name(), systemAccount,
                        actor),
                line(event, message, position, 1, systemAccount, true, event.direction().opposite().name(),
                        event.accountId(), actor));
        if (CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            pendingLines(batch).addAll(lines);
        } else {
            jdbc.batchUpdate(INSERT, lines);
        }
    }

    private static Object[] line(PostingRecordedEvent event, EventMessage<?> message, long position, int side,
                                 String accountId, boolean system, String direction, String counterAccount,
                                 Object actor) {
        return new Object[]{message.getIdentifier(), side, position, Rows.time(message.getTimestamp()),
                event.businessDay(), event.transactionId(), accountId, system, direction, event.amount(),
                event.asset(), event.kind().name(), counterAccount, storable(event.reason()), event.source(),
                storable(event.storeCode()), actor == null ? null : storable(actor.toString()), event.reversalOf()};
    }

    /**
     * Posting reasons on the client's accounts are free text about it: emptied when its personal data is erased.
     * Lines of this batch not yet written are cleared too.
     */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        List<String> owned = jdbc.queryForList(OWNED_ACCOUNTS, String.class, event.clientId(), event.clientId());
        if (CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch) {
            for (Object[] line : pendingLines(batch)) {
                if (owned.contains((String) line[ACCOUNT_COLUMN]) || owned.contains((String) line[COUNTER_COLUMN])) {
                    line[REASON_COLUMN] = null;
                }
            }
        }
        if (!owned.isEmpty()) {
            // both lines of each posting, the account's and its system account's: they share the transaction id
            jdbc.update("update journal_line set reason = null where reason is not null and transaction_id in ("
                    + "select transaction_id from journal_line where account_id in (" + OWNED_ACCOUNTS + "))",
                    event.clientId(), event.clientId());
        }
        ErasureVacuumRequests.request(jdbc);
    }

    /**
     * The journal is the ledger's record and must have every posting: free text that an event stored before the edge
     * refused such characters (a NUL, a lone surrogate) is written with them replaced rather than left out.
     */
    private static String storable(String text) {
        return text == null ? null : StorableValues.scrub(text);
    }

    private List<Object[]> pendingLines(BatchingUnitOfWork<?> batch) {
        return batch.getOrComputeResource(PENDING_LINES, key -> {
            List<Object[]> lines = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> jdbc.batchUpdate(INSERT, lines));
            return lines;
        });
    }
}
