package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.Jdbc;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The command side's table of cards: owner, group, status, validity and multiplier of each card, for the rules
 * and policies outside the card (client deletion now, purchases later). Changes in the transaction of the card's
 * events, like {@link ClientRegistry}, so it is never behind the event store.
 */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class CardRegistry implements CardDirectory {

    private static final Map<CardField, String> COLUMNS = Map.of(
            CardField.GROUP_ID, "group_id",
            CardField.VALID_FROM, "valid_from",
            CardField.VALID_TO, "valid_to",
            CardField.HOME_STORE_CODE, "home_store_code",
            CardField.MULTIPLIER, "multiplier",
            CardField.MULTIPLIER_FROM, "multiplier_from",
            CardField.MULTIPLIER_TO, "multiplier_to");

    private final Jdbc jdbc;

    public CardRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> cardsOwnedBy(String clientId) {
        return jdbc.query("select card_id from cmd_card where owner_client_id = ? order by card_id",
                row -> row.getString(1), clientId);
    }

    @EventHandler
    void on(CardIssuedEvent event) {
        CardDetails card = event.details();
        jdbc.update("insert into cmd_card (card_id, number, group_id, status, valid_from, valid_to, home_store_code, "
                        + "multiplier, multiplier_from, multiplier_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.cardId(), event.number(), card.groupId(), event.status().name(), card.validFrom(),
                card.validTo(), card.homeStoreCode(), card.multiplier(), card.multiplierFrom(), card.multiplierTo());
    }

    @EventHandler
    void on(CardDetailsChangedEvent event) {
        ColumnUpdates.apply(jdbc, "cmd_card", "card_id", event.cardId(), event.changedFields(), event.after(),
                COLUMNS);
    }

    @EventHandler
    void on(CardStatusChangedEvent event) {
        jdbc.update("update cmd_card set status = ? where card_id = ?", event.status().name(), event.cardId());
    }

    @EventHandler
    void on(CardLinkedEvent event) {
        setOwner(event.cardId(), event.clientId());
    }

    @EventHandler
    void on(CardRelinkedEvent event) {
        setOwner(event.cardId(), event.clientId());
    }

    @EventHandler
    void on(CardUnlinkedEvent event) {
        setOwner(event.cardId(), null);
    }

    private void setOwner(String cardId, String clientId) {
        jdbc.update("update cmd_card set owner_client_id = ? where card_id = ?", clientId, cardId);
    }
}
