package com.loyaltyledger.command.card;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import com.loyaltyledger.api.card.CardGroupDetails;
import com.loyaltyledger.api.card.CardGroupField;
import com.loyaltyledger.api.card.ChangeCardGroupCommand;
import com.loyaltyledger.api.card.CreateCardGroupCommand;
import com.loyaltyledger.api.card.EditableField;
import com.loyaltyledger.command.account.AccountTypeDirectory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A kind of card: its type and the defaults its cards get. Never deleted, so cards can always name it. */
@Aggregate(cache = "aggregateCache")
public class CardGroup {

    private static final CardGroupDetails DEFAULTS = new CardGroupDetails(null, null, BigDecimal.ONE, null, true);

    @AggregateIdentifier
    private String cardGroupId;
    private CardGroupDetails details;

    protected CardGroup() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public CardGroup(CreateCardGroupCommand command, AccountTypeDirectory accountTypes) {
        CardGroupDetails given = command.details() == null ? CardGroupDetails.EMPTY : command.details();
        CardGroupDetails group = given.defaultMultiplier() != null ? given
                : given.with(DEFAULTS, Set.of(CardGroupField.DEFAULT_MULTIPLIER));
        if (group.pinRequiredToSpend() == null) {
            group = group.with(DEFAULTS, Set.of(CardGroupField.PIN_REQUIRED_TO_SPEND));
        }
        CardGroupRules.validate(group);
        accountTypes.requireKnown("bonusAccountTypeId", group.bonusAccountTypeId());
        apply(new CardGroupCreatedEvent(command.cardGroupId(), group));
    }

    @CommandHandler
    public void handle(ChangeCardGroupCommand command, AccountTypeDirectory accountTypes) {
        if (command.details() == null || command.fields() == null) {
            return;
        }
        List<CardGroupField> changed = EditableField.changed(command.fields(), details, command.details());
        if (changed.isEmpty()) {
            return;
        }
        CardGroupDetails next = details.with(command.details(), changed);
        CardGroupRules.validate(next);
        if (changed.contains(CardGroupField.BONUS_ACCOUNT_TYPE_ID)) {
            accountTypes.requireKnown("bonusAccountTypeId", next.bonusAccountTypeId());
        }
        apply(new CardGroupChangedEvent(cardGroupId, changed, details.only(changed), next.only(changed)));
    }

    @EventSourcingHandler
    void on(CardGroupCreatedEvent event) {
        cardGroupId = event.cardGroupId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(CardGroupChangedEvent event) {
        details = details.with(event.after(), event.changedFields());
    }
}
