package com.loyaltyledger.infra.axon;

import com.loyaltyledger.command.category.CategoryRegistry;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.client.ClientCategoryPolicy;
import com.loyaltyledger.command.client.ClientHierarchyPolicy;
import com.loyaltyledger.command.client.ClientRegistrationHandler;
import com.loyaltyledger.command.client.ClientRegistry;
import com.loyaltyledger.command.client.SequenceClientCodeGenerator;
import com.loyaltyledger.command.common.Jdbc;
import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.command.Repository;
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
    CategoryRegistry categoryRegistry(Jdbc jdbc) {
        return new CategoryRegistry(jdbc);
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
}
