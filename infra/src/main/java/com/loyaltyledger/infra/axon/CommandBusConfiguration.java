package com.loyaltyledger.infra.axon;

import com.loyaltyledger.infra.web.CommandMetadataInterceptor;
import com.loyaltyledger.infra.web.DomainExceptionInterceptor;
import com.loyaltyledger.infra.web.StorableCommands;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How commands are sent and what every command passes, whichever bus (local or Axon Server) carries it. */
@Configuration(proxyBeanMethods = false)
public class CommandBusConfiguration {

    /**
     * The metadata is stamped by the gateway, on the thread of the request that sends the command, once: a retry
     * runs on another thread, where the request is not known.
     */
    @Bean(destroyMethod = "")
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(new CommandMetadataInterceptor())
                .retryScheduler(new CommandRetryScheduler(commandRetryExecutor))
                .build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("command-retry").daemon()
                .factory());
    }

    /**
     * Axon's own local bus, as its auto-configuration builds it, but one that reports conflicts as refusals (see
     * {@link LocalCommandBus}). It is the command bus alone, and Axon Server's local segment in that profile.
     */
    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus localSegment(TransactionManager transactionManager,
                                  org.axonframework.config.Configuration axonConfiguration,
                                  DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        SimpleCommandBus bus = new LocalCommandBus(SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        return bus;
    }

    /** Refusals keep their code across Axon Server; a refusal made on a stale cached aggregate is a conflict. */
    @Bean
    SmartInitializingSingleton commandBusInterceptors(CommandBus commandBus, CachedAggregateCheck cachedAggregates) {
        return () -> {
            commandBus.registerDispatchInterceptor(new StorableCommands());
            commandBus.registerHandlerInterceptor(new DomainExceptionInterceptor());
            commandBus.registerHandlerInterceptor(new StaleRefusalInterceptor(cachedAggregates));
        };
    }
}
