package com.loyaltyledger.command.purchase;

import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.purchase.PurchaseError;
import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.AccountTypeDirectory;
import com.loyaltyledger.command.account.AccountTypeFacts;
import com.loyaltyledger.command.account.BusinessCalendar;
import com.loyaltyledger.command.category.CategoryDirectory;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.client.ClientDirectory;
import com.loyaltyledger.command.client.ClientFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Who takes part in a purchase or refund, loaded in its unit of work: the client (whose accumulated total
 * changes) and its account (which spends and earns), with the client's category terms and the account's rules.
 * Loading an aggregate holds it until the unit of work ends; purchases load the client first, then the account,
 * so two of them never wait on each other in opposite orders.
 */
public class LoyaltyParties {

    /** Deeper than any real organisation chart; stops the walk should stored data ever hold a loop. */
    private static final int MAX_DEPTH = 1_000;

    private final Repository<Client> clients;
    private final Repository<Account> accounts;
    private final ClientDirectory clientFacts;
    private final CategoryDirectory categories;
    private final AccountTypeDirectory accountTypes;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public LoyaltyParties(Repository<Client> clients, Repository<Account> accounts, ClientDirectory clientFacts,
                          CategoryDirectory categories, AccountTypeDirectory accountTypes, BusinessCalendar calendar,
                          Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clientFacts = clientFacts;
        this.categories = categories;
        this.accountTypes = accountTypes;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The client, which must be neither blocked nor deleted, and neither may any organisation above it. */
    Aggregate<Client> activeClient(String clientId) {
        Aggregate<Client> client = load(clients, clientId).orElseThrow(() -> new DomainException(
                PurchaseError.CLIENT_NOT_FOUND, "There is no client " + clientId, Map.of("clientId", clientId)));
        refuseInactive(clientId, client.invoke(Client::blocked), client.invoke(Client::deleted));
        String ancestor = client.invoke(Client::details).parentId();
        for (int depth = 0; ancestor != null && depth < MAX_DEPTH; depth++) {
            ClientFacts facts = clientFacts.find(ancestor).orElse(null);
            if (facts == null) {
                break;
            }
            refuseInactive(ancestor, facts.blocked(), facts.deleted());
            ancestor = facts.parentId();
        }
        return client;
    }

    /** Any client, as refunds need: a refund undoes what happened, whatever became of the client since. */
    Aggregate<Client> client(String clientId) {
        return load(clients, clientId).orElseThrow(() -> new IllegalStateException("Client " + clientId
                + " of a processed receipt is missing"));
    }

    /** The terms of the client's category, set on the client or on the top of its hierarchy; null for none. */
    CategoryTerms termsOf(ClientDetails client) {
        String categoryId = client.categoryId();
        String ancestor = client.parentId();
        for (int depth = 0; categoryId == null && ancestor != null && depth < MAX_DEPTH; depth++) {
            Optional<ClientFacts> facts = clientFacts.find(ancestor);
            categoryId = facts.map(ClientFacts::categoryId).orElse(null);
            ancestor = facts.map(ClientFacts::parentId).orElse(null);
        }
        return categoryId == null ? null : categories.terms(categoryId).orElse(null);
    }

    Optional<Aggregate<Account>> account(String accountId) {
        return load(accounts, accountId);
    }

    AccountTypeRules rulesOf(Account account) {
        return accountTypes.find(account.accountTypeId()).map(AccountTypeFacts::rules).orElseThrow(() ->
                new IllegalStateException("Account type " + account.accountTypeId() + " is missing"));
    }

    /** The business day postings count for now (daily spending caps). */
    LocalDate today() {
        return calendar.dayOf(clock.instant());
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    Clock clock() {
        return clock;
    }

    private static void refuseInactive(String clientId, boolean blocked, boolean deleted) {
        if (deleted) {
            throw new DomainException(PurchaseError.CLIENT_DELETED, "Client " + clientId + " is deleted",
                    Map.of("clientId", clientId));
        }
        if (blocked) {
            throw new DomainException(PurchaseError.CLIENT_BLOCKED, "Client " + clientId + " is blocked",
                    Map.of("clientId", clientId));
        }
    }

    static <T> Optional<Aggregate<T>> load(Repository<T> repository, String id) {
        try {
            return Optional.of(repository.load(id));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
