package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

public record HoldReleasedEvent(@DataSubject String accountId, String holdId, long amount, @PersonalData String reason,
                                long availableAfter) {
}
