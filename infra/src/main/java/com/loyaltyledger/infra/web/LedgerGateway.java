package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorCode;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * How controllers talk to the buses: a command answers once its events are stored, or fails with the refusal
 * the command side gave; a query answers with the read model's result.
 */
@Component
public class LedgerGateway {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public LedgerGateway(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Sends a command to an existing aggregate; when there is none with that id, fails with {@code notFound}
     * naming {@code what} (e.g. "client 42").
     */
    public <R> R send(Object command, ErrorCode notFound, String what) {
        try {
            return commands.sendAndWait(command);
        } catch (CommandExecutionException e) {
            if (DomainExceptionInterceptor.targetNotFound(e)) {
                throw notFound(notFound, what);
            }
            throw e;
        }
    }

    public <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    public <R> R query(Object query, Class<R> resultType) {
        return unwrap(() -> queries.query(query, ResponseTypes.instanceOf(resultType)).join());
    }

    /** Asks for one thing; when the read model has none, fails with {@code notFound} naming {@code what}. */
    public <R> R find(Object query, Class<R> resultType, ErrorCode notFound, String what) {
        Optional<R> result = unwrap(() -> queries.query(query, ResponseTypes.optionalInstanceOf(resultType)).join());
        return result.orElseThrow(() -> notFound(notFound, what));
    }

    private static <R> R unwrap(Supplier<R> call) {
        try {
            return call.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static DomainException notFound(ErrorCode code, String what) {
        return new DomainException(code, "Not found: " + what);
    }
}
