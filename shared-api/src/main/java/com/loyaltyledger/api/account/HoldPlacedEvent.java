package com.loyaltyledger.api.account;

import java.time.Instant;
import java.time.LocalDate;

public record HoldPlacedEvent(String accountId,
                              String holdId,
                              long amount,
                              String asset,
                              Instant expiresAt,
                              String reason,
                              LocalDate businessDay,
                              long availableAfter) {
}
