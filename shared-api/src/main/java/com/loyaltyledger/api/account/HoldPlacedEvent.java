package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

public record HoldPlacedEvent(@DataSubject String accountId,
                              String holdId,
                              long amount,
                              String asset,
                              Instant expiresAt,
                              @PersonalData String reason,
                              LocalDate businessDay,
                              long availableAfter) {
}
