package com.loyaltyledger.infra.privacy;

import com.loyaltyledger.api.client.ClientPersonalDataErasedEvent;
import com.loyaltyledger.command.client.ClientRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Deletes a client's key when its personal data is erased. Runs in the subscribing command-side group, so the key
 * disappears in the very transaction that records the erasure: there is no moment in which the erasure is stored
 * but the data still readable, nor the other way round.
 */
@Component
@ProcessingGroup(ClientRegistry.PROCESSING_GROUP)
class PersonalDataShredder {

    private final SubjectKeys keys;

    PersonalDataShredder(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(ClientPersonalDataErasedEvent event) {
        keys.erase(event.clientId());
    }
}
