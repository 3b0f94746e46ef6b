package com.loyaltyledger.api.account;

import java.time.Instant;

public record HoldView(String holdId, long amount, Instant expiresAt, String reason, Instant placedAt) {
}
