package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.LoyaltyAccounts;
import com.loyaltyledger.api.account.OpenAccountCommand;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.common.ErrorDetails;
import com.loyaltyledger.command.card.CardDirectory;
import com.loyaltyledger.command.category.CategoryDirectory;
import com.loyaltyledger.command.common.SystemActor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Accounts open by themselves: a card issued into a group with a bonus account type gets its bonus account (its
 * number is the card's), a client registered in a category with an account type for new clients gets its
 * account (its number is the client's code). Runs in a streaming processor of its own whose position moves on only
 * after the account is open; the account's id derives from its owner's, and one that is open already is left
 * alone, so handling an event again (after a crash, a replay) opens nothing twice.
 * <p>
 * The card's group and the client's category are read from the command-side tables. Those are written in the
 * transaction of the event itself, so they are there by the time the event can be seen; should one be missing
 * all the same, the handler fails and the processor tries again later, rather than open nothing for ever.
 */
@ProcessingGroup(AccountOpeningPolicy.PROCESSING_GROUP)
public class AccountOpeningPolicy {

    public static final String PROCESSING_GROUP = "account-opening";

    private final CardDirectory cards;
    private final CategoryDirectory categories;
    private final AccountDirectory accounts;
    private final CommandGateway commands;

    public AccountOpeningPolicy(CardDirectory cards, CategoryDirectory categories, AccountDirectory accounts,
                                CommandGateway commands) {
        this.cards = cards;
        this.categories = categories;
        this.accounts = accounts;
        this.commands = commands;
    }

    @EventHandler
    void on(CardIssuedEvent event, EventMessage<?> issue) {
        String type = cards.find(event.cardId()).orElseThrow(() -> missing("card " + event.cardId()))
                .bonusAccountTypeId();
        if (type != null) {
            open(LoyaltyAccounts.ofCard(event.cardId()), event.number(), "Bonus account of card " + event.number(),
                    type, new AccountOwner(OwnerType.CARD, event.cardId()), issue.getMetaData());
        }
    }

    @EventHandler
    void on(ClientRegisteredEvent event, EventMessage<?> registration) {
        String categoryId = event.details() == null ? null : event.details().categoryId();
        String type = categoryId == null ? null : categories.accountTypeOf(categoryId).orElse(null);
        if (type == null && categoryId != null && !categories.exists(categoryId)) {
            throw missing("category " + categoryId);
        }
        if (type != null) {
            open(LoyaltyAccounts.ofClient(event.clientId()), event.code(), "Account of client " + event.code(),
                    type, new AccountOwner(OwnerType.CLIENT, event.clientId()), registration.getMetaData());
        }
    }

    private void open(String accountId, String number, String name, String accountTypeId, AccountOwner owner,
                      MetaData cause) {
        if (accounts.assetOf(accountId).isPresent()) {
            return;
        }
        MetaData metaData = SystemActor.actingFor(cause);
        try {
            send(new OpenAccountCommand(accountId, number, name, accountTypeId, owner), metaData);
        } catch (CommandExecutionException e) {
            if (!numberTaken(e)) {
                throw e;
            }
            // someone opened an account with that number by hand: this one gets the number with a suffix
            send(new OpenAccountCommand(accountId, number + "-" + accountId.substring(0, 8), name, accountTypeId,
                    owner), metaData);
        }
    }

    private void send(OpenAccountCommand command, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** Read from the details: a refusal made on another instance arrives through Axon Server as data only. */
    private static boolean numberTaken(CommandExecutionException e) {
        return e.getDetails().filter(ErrorDetails.class::isInstance)
                .map(details -> ((ErrorDetails) details).code())
                .filter(LedgerError.NUMBER_TAKEN.code()::equals)
                .isPresent();
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("The command-side table has no " + what + " yet; trying again later");
    }
}
