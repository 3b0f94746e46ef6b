package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardDetailsChangedEvent;
import com.loyaltyledger.api.card.CardField;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardLinkedEvent;
import com.loyaltyledger.api.card.CardPinChangedEvent;
import com.loyaltyledger.api.card.CardRelinkedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.card.CardStatusChangedEvent;
import com.loyaltyledger.api.card.CardUnlinkedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.Jdbc;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    @Override
    public Optional<CardFacts> find(String cardId) {
        return facts("c.card_id = ?", cardId);
    }

    @Override
    public Optional<CardFacts> findByNumber(String number) {
        return facts("c.number = ?", number);
    }

    private Optional<CardFacts> facts(String condition, String value) {
        return jdbc.queryOne("select c.card_id, c.number, c.owner_client_id, c.status, c.group_id, c.valid_from, "
                        + "c.valid_to, c.home_store_code, c.multiplier, c.multiplier_from, c.multiplier_to, "
                        + "g.default_multiplier, g.bonus_account_type_id, c.pin_set and g.pin_required_to_spend "
                        + "from cmd_card c join cmd_card_group g on g.card_group_id = c.group_id where " + condition,
                row -> new CardFacts(row.getString(1), row.getString(2), row.getString(3),
                        CardStatus.valueOf(row.getString(4)), new CardDetails(row.getString(5),
                        row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class), row.getString(8),
                        row.getBigDecimal(9), row.getObject(10, LocalDate.class), row.getObject(11, LocalDate.class)),
                        row.getBigDecimal(12), row.getString(13), row.getBoolean(14)),
                value);
    }

    @EventHandler
    void on(CardIssuedEvent event) {
        CardDetails card = event.details();
        jdbc.update("insert into cmd_card (card_id, number, group_id, status, valid_from, valid_to, home_store_code, "
                        + "multiplier, multiplier_from, multiplier_to, pin_set) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.cardId(), event.number(), card.groupId(), event.status().name(), card.validFrom(),
                card.validTo(), card.homeStoreCode(), card.multiplier(), card.multiplierFrom(), card.multiplierTo(),
                event.pinHash() != null);
    }

    @EventHandler
    void on(CardPinChangedEvent event) {
        jdbc.update("update cmd_card set pin_set = ? where card_id = ?", event.pinHash() != null, event.cardId());
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
