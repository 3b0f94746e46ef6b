package com.loyaltyledger.api.client;

import org.axonframework.serialization.Revision;

/**
 * From this event on, the client's personal data in earlier events can no longer be decrypted. An employee of an
 * organisation keeps their name (the organisation's record of who they were, as the Taxi-Master directory does):
 * the names kept are here, in clear, and null for everyone else.
 * <p>
 * Revision 2 added the kept names; revision 1 events read with them null.
 */
@Revision("2")
public record ClientPersonalDataErasedEvent(String clientId,
                                            String keptLastName,
                                            String keptFirstName,
                                            String keptMiddleName) {

    /** The names kept, as a profile holding only them. */
    public ClientDetails keptNames() {
        return ClientDetails.EMPTY.with(new ClientDetails(keptLastName, keptFirstName, keptMiddleName, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, true, null, null, null), ClientField.NAMES);
    }
}
