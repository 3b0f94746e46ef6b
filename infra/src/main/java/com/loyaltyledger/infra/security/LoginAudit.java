package com.loyaltyledger.infra.security;

import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.MetadataKeys;
import com.loyaltyledger.api.security.LoginLockedOutEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Records lockouts as events, so that the audit trail shows them beside every other change. */
@Component
class LoginAudit {

    private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);

    private final EventGateway events;
    private final Clock clock;

    LoginAudit(EventGateway events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** @param username the user, when one of that name exists; otherwise user lockouts are not recorded */
    void lockedOut(List<LoginThrottle.Lockout> lockouts, String username, String address) {
        for (LoginThrottle.Lockout lockout : lockouts) {
            boolean ofAddress = lockout.scope() == LoginThrottle.Scope.ADDRESS;
            if (!ofAddress && username == null) {
                continue;
            }
            LoginLockedOutEvent event = new LoginLockedOutEvent(lockout.scope().name(), ofAddress ? null : username,
                    address, clock.instant().plus(lockout.retryAfter()));
            log.warn("Login locked out: {} {} from {} until {}", event.scope(), ofAddress ? "" : username, address,
                    event.lockedUntil());
            events.publish(GenericEventMessage.asEventMessage(event).andMetaData(Map.of(
                    MetadataKeys.ACTOR, MetadataKeys.SYSTEM_ACTOR, MetadataKeys.CHANNEL, Channel.SYSTEM.name(),
                    MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
        }
    }
}
