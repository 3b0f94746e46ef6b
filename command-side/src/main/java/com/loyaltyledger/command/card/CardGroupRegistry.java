package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.common.Jdbc;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The command side's table of card groups: that a group exists (cards must belong to one), and the defaults the
 * purchase flow and the ledger will read. Changes in the transaction of the group's events, like
 * {@link ClientRegistry}.
 */
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
public class CardGroupRegistry implements CardGroupDirectory {

    private static final Map<CardGroupField, String> COLUMNS = Map.of(
            CardGroupField.CARD_TYPE, "card_type",
            CardGroupField.DEFAULT_MULTIPLIER, "default_multiplier",
            CardGroupField.BONUS_ACCOUNT_TYPE_ID, "bonus_account_type_id",
            CardGroupField.PIN_REQUIRED_TO_SPEND, "pin_required_to_spend");

    private final Jdbc jdbc;

    public CardGroupRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String cardGroupId) {
        return jdbc.queryOne("select 1 from cmd_card_group where card_group_id = ?", row -> true, cardGroupId)
                .isPresent();
    }

    @EventHandler
    void on(CardGroupCreatedEvent event) {
        jdbc.update("insert into cmd_card_group (card_group_id, card_type, default_multiplier, bonus_account_type_id, "
                        + "pin_required_to_spend) values (?, ?, ?, ?, ?)",
                event.cardGroupId(), event.details().cardType().name(), event.details().defaultMultiplier(),
                event.details().bonusAccountTypeId(), event.details().pinRequired());
    }

    @EventHandler
    void on(CardGroupChangedEvent event) {
        ColumnUpdates.apply(jdbc, "cmd_card_group", "card_group_id", event.cardGroupId(), event.changedFields(),
                event.after(), COLUMNS);
    }
}
