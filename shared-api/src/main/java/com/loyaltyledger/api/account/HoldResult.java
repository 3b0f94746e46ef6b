package com.loyaltyledger.api.account;

import java.time.Instant;

public record HoldResult(String holdId, String accountId, long amount, String asset, Instant expiresAt, long balance,
                         long available) {
}
