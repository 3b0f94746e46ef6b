package com.loyaltyledger.api.account;

import java.time.Instant;

public record TransferView(String transferId,
                           String sourceAccountId,
                           String targetAccountId,
                           long amount,
                           String asset,
                           TransferState state,
                           String failureCode,
                           Instant startedAt,
                           Instant finishedAt) {
}
