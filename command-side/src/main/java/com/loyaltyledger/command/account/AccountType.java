package com.loyaltyledger.command.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountTypeChangedEvent;
import com.loyaltyledger.api.account.AccountTypeCreatedEvent;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.ChangeAccountTypeCommand;
import com.loyaltyledger.api.account.CreateAccountTypeCommand;
import com.loyaltyledger.api.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The rules a kind of account follows: asset, kind, minimum balance, daily spending cap. */
@Aggregate(cache = "aggregateCache")
public class AccountType {

    @AggregateIdentifier
    private String accountTypeId;
    private AccountKind kind;
    private int scale;
    private AccountTypeRules rules;

    protected AccountType() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public AccountType(CreateAccountTypeCommand command, AssetCatalog assets) {
        int assetScale = assets.scaleOf(command.asset(), "asset");
        if (command.kind() == null) {
            throw DomainException.invalidField("kind", "kind is required: BONUS, DEPOSIT or CREDIT");
        }
        AccountTypeRules created = AccountTypePolicy.rules(command.kind(), assetScale, command.name(),
                command.minimumBalance(), command.dailySpendLimit(), command.allowBelowMinimum());
        apply(new AccountTypeCreatedEvent(command.accountTypeId(), command.asset(), assetScale, command.kind(),
                created));
    }

    @CommandHandler
    public void handle(ChangeAccountTypeCommand command) {
        AccountTypeRules changed = AccountTypePolicy.rules(kind, scale, command.name(), command.minimumBalance(),
                command.dailySpendLimit(), command.allowBelowMinimum());
        if (!changed.equals(rules)) {
            apply(new AccountTypeChangedEvent(accountTypeId, rules, changed));
        }
    }

    @EventSourcingHandler
    void on(AccountTypeCreatedEvent event) {
        accountTypeId = event.accountTypeId();
        kind = event.kind();
        scale = event.scale();
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(AccountTypeChangedEvent event) {
        rules = event.after();
    }
}
