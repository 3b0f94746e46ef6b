package com.loyaltyledger.api.journal;

import com.loyaltyledger.api.account.OwnerType;
import java.time.Instant;

public record FindOwnerTurnoverQuery(OwnerType ownerType, String ownerId, Instant from, Instant to) {
}
