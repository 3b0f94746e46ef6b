package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** The reason is free text about the client: its personal data. */
public record ClientUnblockedEvent(@DataSubject String clientId, @PersonalData String reason) {
}
