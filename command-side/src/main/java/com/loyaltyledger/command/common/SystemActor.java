package com.loyaltyledger.command.common;

import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.MetadataKeys;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Metadata of a command the product sends itself because of an event: actor "system" through channel SYSTEM, on
 * behalf of whoever caused the event (or whom that actor acted for), in the event's correlation, so the history
 * shows who set it off.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static MetaData actingFor(MetaData cause) {
        Object onBehalfOf = cause.getOrDefault(MetadataKeys.ON_BEHALF_OF, cause.get(MetadataKeys.ACTOR));
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetadataKeys.ACTOR, MetadataKeys.SYSTEM_ACTOR);
        metaData.put(MetadataKeys.CHANNEL, Channel.SYSTEM.name());
        if (onBehalfOf != null) {
            metaData.put(MetadataKeys.ON_BEHALF_OF, onBehalfOf);
        }
        if (cause.get(MetadataKeys.CORRELATION_ID) != null) {
            metaData.put(MetadataKeys.CORRELATION_ID, cause.get(MetadataKeys.CORRELATION_ID));
        }
        return MetaData.from(metaData);
    }
}
