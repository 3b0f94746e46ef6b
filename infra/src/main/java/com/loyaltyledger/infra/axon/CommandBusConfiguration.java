package com.loyaltyledger.infra.axon;

import com.loyaltyledger.infra.web.CommandMetadataInterceptor;
import com.loyaltyledger.infra.web.DomainExceptionInterceptor;
import com.loyaltyledger.infra.web.StorableCommands;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
                .retryScheduler(new ConflictRetryScheduler(commandRetryExecutor, 3, 20))
                .build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("command-retry").daemon()
                .factory());
    }

    @Bean
    SmartInitializingSingleton commandBusInterceptors(CommandBus commandBus) {
        return () -> {
            commandBus.registerDispatchInterceptor(new StorableCommands());
            commandBus.registerHandlerInterceptor(new DomainExceptionInterceptor());
        };
    }
}
