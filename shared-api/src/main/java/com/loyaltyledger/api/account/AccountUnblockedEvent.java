package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** Reasons are free text, maybe about the account's owner: personal data under the account's own key. */
public record AccountUnblockedEvent(@DataSubject String accountId, @PersonalData String reason) {
}
