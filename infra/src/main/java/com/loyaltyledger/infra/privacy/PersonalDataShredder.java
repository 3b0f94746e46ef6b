package com.loyaltyledger.infra.privacy;

import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes a client's keys when its personal data is erased: its own, its cards' and the keys of its accounts and
 * its cards' accounts (names and reasons written about it are sealed under those). Runs in the subscribing
 * command-side group, so the keys disappear in the very transaction that records the erasure: there is no moment
 * in which the erasure is stored but the data still readable, nor the other way round. Also remembers whose each
 * account is, for that, and asks for the scrubbed tables to be vacuumed.
 */
@Component
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
class PersonalDataShredder {

    private final SubjectKeys keys;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalDataShredder(SubjectKeys keys, JdbcTemplate jdbc, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(AccountOpenedEvent event) {
        if (event.owner() != null && event.owner().type() != OwnerType.NONE && event.owner().id() != null) {
            jdbc.update("insert into personal_data_subject_owner (subject_id, owner_type, owner_id) values (?, ?, ?) "
                    + "on conflict do nothing", event.accountId(), event.owner().type().name(), event.owner().id());
        }
    }

    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        List<String> subjects = new ArrayList<>();
        subjects.add(event.clientId());
        List<String> cards = jdbc.queryForList("select card_id from cmd_card where owner_client_id = ?", String.class,
                event.clientId());
        subjects.addAll(cards);
        subjects.addAll(jdbc.queryForList("select subject_id from personal_data_subject_owner "
                + "where owner_type = 'CLIENT' and owner_id = ?", String.class, event.clientId()));
        for (String card : cards) {
            subjects.addAll(jdbc.queryForList("select subject_id from personal_data_subject_owner "
                    + "where owner_type = 'CARD' and owner_id = ?", String.class, card));
        }
        subjects.forEach(keys::erase);
        jdbc.update("update erasure_vacuum set requested_at = ? where id = 1", Timestamp.from(clock.instant()));
    }
}
