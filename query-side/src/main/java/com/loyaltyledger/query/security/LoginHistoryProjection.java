package com.loyaltyledger.query.security;

import com.loyaltyledger.api.history.EntityType;
import com.loyaltyledger.api.history.FieldChange;
import com.loyaltyledger.api.security.LoginLockedOutEvent;
import com.loyaltyledger.query.history.HistoryProcessing;
import com.loyaltyledger.query.history.HistoryWriter;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Puts login lockouts into the audit trail, under the user locked out, or the address when no user is. */
@Component
@ProcessingGroup(HistoryProcessing.GROUP)
class LoginHistoryProjection {

    private final HistoryWriter history;

    LoginHistoryProjection(HistoryWriter history) {
        this.history = history;
    }

    @EventHandler
    void on(LoginLockedOutEvent event, EventMessage<?> message, TrackingToken token) {
        String entity = event.username() == null ? event.address() : event.username();
        history.record(message, token, EntityType.LOGIN, entity, "Locked out after failed logins ("
                + event.scope() + ")", List.of(new FieldChange("scope", null, event.scope()),
                new FieldChange("address", null, event.address()),
                new FieldChange("lockedUntil", null, event.lockedUntil().toString())));
    }
}
