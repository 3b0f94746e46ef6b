package com.loyaltyledger.infra.axon;

import com.loyaltyledger.command.card.Card;
import com.loyaltyledger.command.card.CardGroupRegistry;
import com.loyaltyledger.command.card.CardIssuingHandler;
import com.loyaltyledger.command.card.CardNumberTable;
import com.loyaltyledger.command.card.CardOwnerPolicy;
import com.loyaltyledger.command.card.CardRegistry;
import com.loyaltyledger.command.card.CardUnlinkingPolicy;
import com.loyaltyledger.command.card.PinHasher;
import com.loyaltyledger.command.category.CategoryRegistry;
import com.loyaltyledger.infra.account.LedgerProperties;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.client.ClientCategoryPolicy;
import com.loyaltyledger.command.client.ClientHierarchyPolicy;
import com.loyaltyledger.command.client.ClientRegistrationHandler;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.client.SequenceClientCodeGenerator;
import com.loyaltyledger.command.common.Jdbc;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command side's plain classes, wired here so that the command-side module stays free of Spring. */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    Jdbc commandSideJdbc(ConnectionProvider connectionProvider) {
        return new Jdbc(connectionProvider);
    }

    @Bean
    ClientRegistry clientRegistry(Jdbc jdbc) {
        return new ClientRegistry(jdbc);
    }

    @Bean
    ClientHierarchyPolicy clientHierarchyPolicy(ClientRegistry clientRegistry) {
        return new ClientHierarchyPolicy(clientRegistry);
    }

    @Bean
    CategoryRegistry categoryRegistry(Jdbc jdbc, Clock clock, LedgerProperties properties) {
        // category terms change as rarely as account types; they share the time another instance's change takes
        return new CategoryRegistry(jdbc, clock, properties.accountTypes().cacheMaxAge());
    }

    @Bean
    ClientCategoryPolicy clientCategoryPolicy(CategoryRegistry categories) {
        return new ClientCategoryPolicy(categories);
    }

    @Bean
    ClientRegistrationHandler clientRegistrationHandler(Repository<Client> clientRepository, Jdbc jdbc,
                                                        ClientHierarchyPolicy hierarchy,
                                                        ClientCategoryPolicy categories, Clock clock) {
        return new ClientRegistrationHandler(clientRepository, new SequenceClientCodeGenerator(jdbc), hierarchy,
                categories, clock);
    }

    @Bean
    CardGroupRegistry cardGroupRegistry(Jdbc jdbc) {
        return new CardGroupRegistry(jdbc);
    }

    @Bean
    CardRegistry cardRegistry(Jdbc jdbc) {
        return new CardRegistry(jdbc);
    }

    @Bean
    PinHasher pinHasher(@Value("${ledger.cards.pin-hash-iterations}") int iterations) {
        return new PinHasher(iterations);
    }

    @Bean
    CardOwnerPolicy cardOwnerPolicy(ClientRegistry clientRegistry) {
        return new CardOwnerPolicy(clientRegistry);
    }

    @Bean
    CardIssuingHandler cardIssuingHandler(Repository<Card> cardRepository, Jdbc jdbc, CardGroupRegistry groups,
                                          CardOwnerPolicy owners, PinHasher pinHasher) {
        return new CardIssuingHandler(cardRepository, new CardNumberTable(jdbc), groups, owners, pinHasher);
    }

    @Bean
    CardUnlinkingPolicy cardUnlinkingPolicy(CardRegistry cards, ClientRegistry clients,
                                            CommandGateway commandGateway) {
        return new CardUnlinkingPolicy(cards, clients, commandGateway);
    }

    /**
     * A failed unlink must not be logged and skipped (Axon's default for event handlers) nor parked as a dead
     * letter: it fails the batch, which the processor retries with back-off until the unlinks succeed.
     */
    @Bean
    ConfigurerModule cardUnlinkingRetriesFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                CardUnlinkingPolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
