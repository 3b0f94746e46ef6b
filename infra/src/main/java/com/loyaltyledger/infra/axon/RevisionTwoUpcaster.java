package com.loyaltyledger.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.loyaltyledger.api.card.CardGroupChangedEvent;
import com.loyaltyledger.api.card.CardGroupCreatedEvent;
import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Events of revision 1 to revision 2: card groups before "PIN required to spend" existed (a group created then
 * requires the PIN, as the setting's default says; a change of revision 1 never changed the setting), and
 * erasures before an employee's name was kept (none was: the kept names are absent, read as null).
 */
@Component
@Order(0)
class RevisionTwoUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CREATED = new SimpleSerializedType(
            CardGroupCreatedEvent.class.getName(), null);
    private static final SimpleSerializedType CHANGED = new SimpleSerializedType(
            CardGroupChangedEvent.class.getName(), null);
    private static final SimpleSerializedType ERASED = new SimpleSerializedType(
            ClientPersonalDataErasedEvent.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(CREATED) || event.getType().equals(CHANGED) || event.getType().equals(ERASED);
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
