package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.client.FindClientsQuery;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorCode;
import com.loyaltyledger.api.privacy.PersonalDataPolicy;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * How controllers talk to the buses: a command answers once its events are stored, or fails with the refusal
 * the command side gave; a query answers with the read model's result as the caller's {@link PersonalDataPolicy}
 * lets them see it, and is refused when it filters by what the caller may not see. Every query of the API goes
 * through here, so no endpoint can forget the policy.
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
        PersonalDataPolicy policy = policy(query);
        return resultType.cast(policy.apply(unwrap(() -> queries.query(query, ResponseTypes.instanceOf(resultType))
                .join())));
    }

    /** Asks for one thing; when the read model has none, fails with {@code notFound} naming {@code what}. */
    public <R> R find(Object query, Class<R> resultType, ErrorCode notFound, String what) {
        PersonalDataPolicy policy = policy(query);
        Optional<R> result = unwrap(() -> queries.query(query, ResponseTypes.optionalInstanceOf(resultType)).join());
        return resultType.cast(policy.apply(result.orElseThrow(() -> notFound(notFound, what))));
    }

    /** The caller's policy, having refused the query's filters it does not allow; work outside a request sees all. */
    private static PersonalDataPolicy policy(Object query) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        PersonalDataPolicy policy = caller == null ? PersonalDataPolicy.FULL : PersonalDataPolicy.forRoles(
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        if (query instanceof FindClientsQuery clients) {
            policy.checkQuery(clients.criteria());
        }
        return policy;
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
