package com.loyaltyledger.api.account;

import java.time.Instant;

public record AccountTypeView(String accountTypeId,
                              String name,
                              String asset,
                              AccountKind kind,
                              long minimumBalance,
                              Long dailySpendLimit,
                              boolean allowBelowMinimum,
                              Instant createdAt) {
}
