package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.StorableValues;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * The last line of defence behind the web edge: the command bus refuses any command whose values (walked through
 * records, lists and maps) or metadata break the storable-value rule ({@link StorableValues}), whoever sends it
 * (an HTTP request, a console, a file import, a policy), so that nothing a projection could not write reaches an
 * event. The refusal is the 400 {@code validation.failed} the web edge would give, naming the command's component.
 */
public class StorableCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            StorableValues.requireStorable(command.getPayload(), "");
            StorableValues.requireStorable(command.getMetaData(), "metadata");
            return command;
        };
    }
}
