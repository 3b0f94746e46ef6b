package com.loyaltyledger.query.account;

import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.query.common.ErasureVacuumRequests;
import com.loyaltyledger.query.journal.JournalProjection;
import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountTypeChangedEvent;
import com.loyaltyledger.api.account.AccountTypeCreatedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.account.HoldCapturedEvent;
import com.loyaltyledger.api.account.HoldExpiredEvent;
import com.loyaltyledger.api.account.HoldPlacedEvent;
import com.loyaltyledger.api.account.HoldReleasedEvent;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.query.common.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps account types, accounts (balance, available, holds, owner) and their holds. Plain SQL: a posting is one
 * update of one row. Every handler sets values the event carries (balance and available after), and inserts
 * skip rows already there, so an event handled twice leaves the same rows.
 */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
class AccountProjection {

    static final String PROCESSING_GROUP = "accounts";

    private final JdbcTemplate jdbc;

    AccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountTypeCreatedEvent event, @Timestamp Instant at) {
        AccountTypeRules rules = event.rules();
        jdbc.update("insert into account_type_view (account_type_id, name, asset, kind, minimum_balance, "
                        + "daily_spend_limit, allow_below_minimum, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing",
                event.accountTypeId(), rules.name(), event.asset(), event.kind().name(), rules.minimumBalance(),
                rules.dailySpendLimit(), rules.allowBelowMinimum(), Rows.time(at));
    }

    @EventHandler
    void on(AccountTypeChangedEvent event) {
        AccountTypeRules rules = event.after();
        jdbc.update("update account_type_view set name = ?, minimum_balance = ?, daily_spend_limit = ?, "
                        + "allow_below_minimum = ? where account_type_id = ?",
                rules.name(), rules.minimumBalance(), rules.dailySpendLimit(), rules.allowBelowMinimum(),
                event.accountTypeId());
    }

    @EventHandler
    void on(AccountOpenedEvent event, @Timestamp Instant at) {
        jdbc.update("insert into account_view (account_id, number, name, account_type_id, asset, kind, owner_type, "
                        + "owner_id, balance, held, available, blocked, closed, opened_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, false, false, ?, ?) on conflict do nothing",
                event.accountId(), event.number(), event.name(), event.accountTypeId(), event.asset(),
                event.kind().name(), event.owner().type().name(), event.owner().id(), Rows.time(at), Rows.time(at));
    }

    /** Account names and hold reasons are free text about their owner: emptied when its data is erased. */
    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        String owned = JournalProjection.OWNED_ACCOUNTS;
        jdbc.update("update account_view set name = null where name is not null and account_id in (" + owned + ")",
                event.clientId(), event.clientId());
        jdbc.update("update account_hold_view set reason = null where reason is not null and account_id in ("
                + owned + ")", event.clientId(), event.clientId());
        ErasureVacuumRequests.request(jdbc);
    }

    @EventHandler
    void on(PostingRecordedEvent event, @Timestamp Instant at) {
        jdbc.update("update account_view set balance = ?, available = ?, held = ?, updated_at = ? "
                        + "where account_id = ?",
                event.balanceAfter(), event.availableAfter(), event.balanceAfter() - event.availableAfter(),
                Rows.time(at), event.accountId());
    }

    @EventHandler
    void on(HoldPlacedEvent event, @Timestamp Instant at) {
        jdbc.update("insert into account_hold_view (hold_id, account_id, amount, expires_at, reason, placed_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                event.holdId(), event.accountId(), event.amount(), Rows.time(event.expiresAt()), event.reason(),
                Rows.time(at));
        available(event.accountId(), event.availableAfter(), at);
    }

    @EventHandler
    void on(HoldCapturedEvent event, @Timestamp Instant at) {
        settled(event.accountId(), event.holdId(), event.availableAfter(), at);
    }

    @EventHandler
    void on(HoldReleasedEvent event, @Timestamp Instant at) {
        settled(event.accountId(), event.holdId(), event.availableAfter(), at);
    }

    @EventHandler
    void on(HoldExpiredEvent event, @Timestamp Instant at) {
        settled(event.accountId(), event.holdId(), event.availableAfter(), at);
    }

    @EventHandler
    void on(AccountBlockedEvent event, @Timestamp Instant at) {
        flag("blocked", true, event.accountId(), at);
    }

    @EventHandler
    void on(AccountUnblockedEvent event, @Timestamp Instant at) {
        flag("blocked", false, event.accountId(), at);
    }

    @EventHandler
    void on(AccountClosedEvent event, @Timestamp Instant at) {
        flag("closed", true, event.accountId(), at);
    }

    private void settled(String accountId, String holdId, long availableAfter, Instant at) {
        jdbc.update("delete from account_hold_view where hold_id = ?", holdId);
        available(accountId, availableAfter, at);
    }

    /** A capture's balance arrives with its posting, right after; held follows whichever came last. */
    private void available(String accountId, long availableAfter, Instant at) {
        jdbc.update("update account_view set available = ?, held = balance - ?, updated_at = ? where account_id = ?",
                availableAfter, availableAfter, Rows.time(at), accountId);
    }

    private void flag(String column, boolean value, String accountId, Instant at) {
        jdbc.update("update account_view set " + column + " = ?, updated_at = ? where account_id = ?", value,
                Rows.time(at), accountId);
    }
}
