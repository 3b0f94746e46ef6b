package com.loyaltyledger.api.card;

import org.axonframework.serialization.Revision;

/** Revision 2: {@link CardGroupDetails#pinRequiredToSpend()} added (absent in revision 1: on). */
@Revision("2")
public record CardGroupCreatedEvent(String cardGroupId, CardGroupDetails details) {
}
