package com.loyaltyledger.api.client;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/**
 * A client whose personal data was erased registered again: a new profile (its personal data under a new key,
 * erasable in turn). Accounts, balances and statistics were kept all along; what the client did before the
 * erasure is no longer shown as theirs.
 */
public record ClientReRegisteredEvent(@DataSubject String clientId,
                                      ClientDetails details,
                                      @PersonalData Consents consents) {
}
