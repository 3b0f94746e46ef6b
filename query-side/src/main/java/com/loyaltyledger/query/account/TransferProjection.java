package com.loyaltyledger.query.account;

import com.loyaltyledger.api.account.TransferCompletedEvent;
import com.loyaltyledger.api.account.TransferFailedEvent;
import com.loyaltyledger.api.account.TransferStartedEvent;
import com.loyaltyledger.api.account.TransferState;
import com.loyaltyledger.query.common.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The state of each transfer, from the source account's events only (started, completed, failed): they belong
 * to one aggregate, so they arrive in order.
 */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class TransferProjection {

    private final JdbcTemplate jdbc;

    TransferProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TransferStartedEvent event, @Timestamp Instant at) {
        jdbc.update("insert into transfer_view (transfer_id, source_account_id, target_account_id, amount, asset, "
                        + "state, started_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                event.transferId(), event.sourceAccountId(), event.targetAccountId(), event.amount(), event.asset(),
                TransferState.PENDING.name(), Rows.time(at));
    }

    @EventHandler
    void on(TransferCompletedEvent event, @Timestamp Instant at) {
        finish(event.transferId(), TransferState.COMPLETED, null, at);
    }

    @EventHandler
    void on(TransferFailedEvent event, @Timestamp Instant at) {
        finish(event.transferId(), TransferState.FAILED, event.failureCode(), at);
    }

    private void finish(String transferId, TransferState state, String failureCode, Instant at) {
        jdbc.update("update transfer_view set state = ?, failure_code = ?, finished_at = ? where transfer_id = ?",
                state.name(), failureCode, Rows.time(at), transferId);
    }
}
