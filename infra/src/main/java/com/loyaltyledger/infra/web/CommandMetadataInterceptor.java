package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.MetadataKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Gives every command its actor, channel and correlation id: from the HTTP request it is sent in, or, for
 * commands the product sends itself outside a request, as the system. Metadata the sender set explicitly wins.
 */
public class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> defaults = new HashMap<>();
            RequestMetadata request = currentRequest();
            if (request != null) {
                defaults.put(MetadataKeys.ACTOR, request.actor());
                defaults.put(MetadataKeys.CHANNEL, request.channel().name());
                defaults.put(MetadataKeys.CORRELATION_ID, request.correlationId());
            } else {
                defaults.put(MetadataKeys.ACTOR, MetadataKeys.SYSTEM_ACTOR);
                defaults.put(MetadataKeys.CHANNEL, Channel.SYSTEM.name());
                defaults.put(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
            }
            defaults.keySet().removeAll(command.getMetaData().keySet());
            return defaults.isEmpty() ? command : command.andMetaData(defaults);
        };
    }

    private static RequestMetadata currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null
                : (RequestMetadata) attributes.getAttribute(RequestMetadata.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
