package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** {@code before} and {@code after} are null in an event read after the client's personal data was erased. */
public record ClientConsentsChangedEvent(@DataSubject String clientId,
                                         @PersonalData Consents before,
                                         @PersonalData Consents after) {
}
