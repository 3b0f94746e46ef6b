package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorDetails;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns a business refusal into a command execution exception whose details carry the code, message and
 * fields as plain data, because only the details survive a trip through a remote command bus (Axon Server).
 * Locally and remotely the HTTP layer then reads refusals the same way. A command for an aggregate that does not
 * exist says so the same way ({@code resource.not_found}), and the sender names what was not found.
 */
public class DomainExceptionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), e, ErrorDetails.of(e));
        } catch (AggregateNotFoundException e) {
            throw new CommandExecutionException(e.getMessage(), e, notFound(e));
        }
    }

    static ErrorDetails notFound(AggregateNotFoundException e) {
        return new ErrorDetails(CommonError.NOT_FOUND.code(), CommonError.NOT_FOUND.category(),
                "There is no " + e.getAggregateIdentifier(), List.of(), Map.of());
    }

    /** Whether a command failed because its aggregate does not exist, wherever it was handled. */
    static boolean targetNotFound(CommandExecutionException e) {
        return e.getDetails().filter(ErrorDetails.class::isInstance)
                .map(details -> ((ErrorDetails) details).code())
                .filter(CommonError.NOT_FOUND.code()::equals)
                .isPresent();
    }
}
