package com.loyaltyledger.api.journal;

import java.time.Instant;

public record FindTurnoverQuery(String accountId, Instant from, Instant to) {
}
