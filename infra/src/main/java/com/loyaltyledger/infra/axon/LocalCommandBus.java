package com.loyaltyledger.infra.axon;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.ErrorDetails;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The bus that runs this instance's command handlers (alone, or as Axon Server's local segment). A command that
 * lost a race at the event store — found when its unit of work commits, after every handler interceptor has
 * returned — leaves it as a refusal with the code {@code concurrent_modification}: only such details survive the
 * trip back through Axon Server (the exception's type does not), so the sender's retry and its answer (409) are
 * the same whichever instance handled the command.
 */
final class LocalCommandBus extends SimpleCommandBus {

    static final String CONFLICT_MESSAGE = "Someone else changed this at the same moment; repeat the request";

    LocalCommandBus(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        super.handle(command, handler, (CommandCallback<C, R>) (message, result) -> {
            if (result.isExceptional() && conflict(result.exceptionResult())) {
                callback.onResult(message, GenericCommandResultMessage.asCommandResultMessage(
                        new CommandExecutionException(CONFLICT_MESSAGE, result.exceptionResult(), conflictDetails())));
            } else {
                callback.onResult(message, result);
            }
        });
    }

    static ErrorDetails conflictDetails() {
        return new ErrorDetails(CommonError.CONCURRENT_MODIFICATION.code(),
                CommonError.CONCURRENT_MODIFICATION.category(), CONFLICT_MESSAGE, List.of(), Map.of());
    }

    private static boolean conflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
