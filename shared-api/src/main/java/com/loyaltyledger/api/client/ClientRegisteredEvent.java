package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** {@code consents} may be null in an event read after the client's personal data was erased. */
public record ClientRegisteredEvent(@DataSubject String clientId,
                                    ClientKind kind,
                                    ClientSource source,
                                    String code,
                                    ClientDetails details,
                                    @PersonalData Consents consents) {
}
