package com.loyaltyledger.infra.axon;

import com.loyaltyledger.infra.web.CommandMetadataInterceptor;
import com.loyaltyledger.infra.web.DomainExceptionInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Interceptors every command passes, whichever bus (local or Axon Server) carries it. */
@Configuration(proxyBeanMethods = false)
public class CommandBusConfiguration {

    @Bean
    SmartInitializingSingleton commandBusInterceptors(CommandBus commandBus) {
        return () -> {
            commandBus.registerDispatchInterceptor(new CommandMetadataInterceptor());
            commandBus.registerHandlerInterceptor(new DomainExceptionInterceptor());
        };
    }
}
