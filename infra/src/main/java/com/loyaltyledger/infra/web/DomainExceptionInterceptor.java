package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns a business refusal into a command execution exception whose details carry the code, message and
 * fields as plain data, because only the details survive a trip through a remote command bus (Axon Server).
 * Locally and remotely the HTTP layer then reads refusals the same way.
 */
public class DomainExceptionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), e, ErrorDetails.of(e));
        }
    }
}
