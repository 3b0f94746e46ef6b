package com.loyaltyledger.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Card group events of revision 1 (before "PIN required to spend" existed) to revision 2: a group created then
 * requires the PIN, as the setting's default says; a change of revision 1 never changed the setting.
 */
@Component
@Order(0)
class CardGroupRevisionUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CREATED = new SimpleSerializedType(
            CardGroupCreatedEvent.class.getName(), null);
    private static final SimpleSerializedType CHANGED = new SimpleSerializedType(
            CardGroupChangedEvent.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(CREATED) || event.getType().equals(CHANGED);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        boolean created = event.getType().equals(CREATED);
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class,
                payload -> {
                    if (created && payload.path("details") instanceof ObjectNode details) {
                        details.put("pinRequiredToSpend", true);
                    }
                    return payload;
                });
    }
}
