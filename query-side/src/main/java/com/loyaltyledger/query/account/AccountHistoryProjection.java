package com.loyaltyledger.query.account;

import com.loyaltyledger.api.account.AccountBlockedEvent;
import com.loyaltyledger.api.account.AccountClosedEvent;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountTypeChangedEvent;
import com.loyaltyledger.api.account.AccountTypeCreatedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.AccountUnblockedEvent;
import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.query.history.HistoryProcessing;
import com.loyaltyledger.query.history.HistoryWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Writes the changes of accounts (opened, blocked, unblocked, closed) and account types into the history.
 * Postings are not history entries: the journal is their record. Amounts are minor units.
 */
@Component
@ProcessingGroup(HistoryProcessing.GROUP)
class AccountHistoryProjection {

    private final HistoryWriter history;

    AccountHistoryProjection(HistoryWriter history) {
        this.history = history;
    }

    @EventHandler
    void on(AccountTypeCreatedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("asset", null, event.asset()));
        changes.add(new FieldChange("kind", null, event.kind().name()));
        changes.addAll(ruleChanges(new AccountTypeRules(null, 0, null, false), event.rules()));
        history.record(message, token, EntityType.ACCOUNT_TYPE, event.accountTypeId(), "Account type created",
                changes);
    }

    @EventHandler
    void on(AccountTypeChangedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.ACCOUNT_TYPE, event.accountTypeId(), "Rules changed",
                ruleChanges(event.before(), event.after()));
    }

    @EventHandler
    void on(AccountOpenedEvent event, EventMessage<?> message, TrackingToken token) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("number", null, event.number()));
        if (event.name() != null) {
            changes.add(new FieldChange("name", null, event.name()));
        }
        changes.add(new FieldChange("accountTypeId", null, event.accountTypeId()));
        changes.add(new FieldChange("asset", null, event.asset()));
        changes.add(new FieldChange("ownerType", null, event.owner().type().name()));
        if (event.owner().id() != null) {
            changes.add(new FieldChange("ownerId", null, event.owner().id()));
        }
        history.record(message, token, EntityType.ACCOUNT, event.accountId(), "Account opened", changes);
    }

    @EventHandler
    void on(AccountBlockedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.ACCOUNT, event.accountId(), "Blocked",
                withReason(new FieldChange("blocked", "false", "true"), event.reason()));
    }

    @EventHandler
    void on(AccountUnblockedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.ACCOUNT, event.accountId(), "Unblocked",
                withReason(new FieldChange("blocked", "true", "false"), event.reason()));
    }

    @EventHandler
    void on(AccountClosedEvent event, EventMessage<?> message, TrackingToken token) {
        history.record(message, token, EntityType.ACCOUNT, event.accountId(), "Closed",
                withReason(new FieldChange("closed", "false", "true"), event.reason()));
    }

    /**
     * A reason goes into a field of its own, never into the summary: it is free text about the account's owner,
     * and erasing the owner's personal data empties that field ({@link HistoryWriter#scrub}).
     */
    private static List<FieldChange> withReason(FieldChange change, String reason) {
        return reason == null ? List.of(change) : List.of(change, new FieldChange("reason", null, reason));
    }

    private static List<FieldChange> ruleChanges(AccountTypeRules before, AccountTypeRules after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", before.name(), after.name());
        compare(changes, "minimumBalance", before.minimumBalance(), after.minimumBalance());
        compare(changes, "dailySpendLimit", before.dailySpendLimit(), after.dailySpendLimit());
        compare(changes, "allowBelowMinimum", before.allowBelowMinimum(), after.allowBelowMinimum());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}
