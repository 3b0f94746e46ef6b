package com.loyaltyledger.command.category;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.loyaltyledger.api.category.CategoryError;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.category.ChangeClientCategoryCommand;
import com.loyaltyledger.api.category.ClientCategoryChangedEvent;
import com.loyaltyledger.api.category.ClientCategoryCreatedEvent;
import com.loyaltyledger.api.category.CreateClientCategoryCommand;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.command.account.AccountTypeDirectory;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A client category: the discount and bonus terms its clients get, and how they grow with purchases. */
@Aggregate(cache = "aggregateCache")
public class ClientCategory {

    @AggregateIdentifier
    private String categoryId;
    private CategoryTerms terms;

    protected ClientCategory() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public ClientCategory(CreateClientCategoryCommand command, CategoryDirectory directory,
                          AccountTypeDirectory accountTypes) {
        CategoryRules.validate(command.terms());
        refuseTakenName(directory, command.terms().name(), command.categoryId());
        accountTypes.requireKnown("accountTypeId", command.terms().accountTypeId());
        apply(new ClientCategoryCreatedEvent(command.categoryId(), command.terms()));
    }

    @CommandHandler
    public void handle(ChangeClientCategoryCommand command, CategoryDirectory directory,
                       AccountTypeDirectory accountTypes) {
        CategoryTerms next = terms.with(command.changes(), command.fields());
        CategoryRules.validate(next);
        if (next.equals(terms)) {
            return;
        }
        refuseTakenName(directory, next.name(), categoryId);
        if (!Objects.equals(next.accountTypeId(), terms.accountTypeId())) {
            accountTypes.requireKnown("accountTypeId", next.accountTypeId());
        }
        apply(new ClientCategoryChangedEvent(categoryId, terms, next));
    }

    @EventSourcingHandler
    void on(ClientCategoryCreatedEvent event) {
        categoryId = event.categoryId();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ClientCategoryChangedEvent event) {
        terms = event.after();
    }

    private static void refuseTakenName(CategoryDirectory directory, String name, String categoryId) {
        directory.findByName(name).filter(owner -> !owner.equals(categoryId)).ifPresent(owner -> {
            throw new DomainException(CategoryError.NAME_TAKEN, "A category named " + name + " exists",
                    Map.of("categoryId", owner));
        });
    }
}
