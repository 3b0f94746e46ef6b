package com.loyaltyledger.api.journal;

import java.time.Instant;

public record FindBalanceAsOfQuery(String accountId, Instant asOf) {
}
