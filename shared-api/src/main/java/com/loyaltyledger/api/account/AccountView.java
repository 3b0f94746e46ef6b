package com.loyaltyledger.api.account;

import java.time.Instant;
import java.util.List;

/** An account as the read model has it; amounts in minor units of {@code asset}. */
public record AccountView(String accountId,
                          String number,
                          String name,
                          String accountTypeId,
                          String asset,
                          AccountKind kind,
                          AccountOwner owner,
                          long balance,
                          long held,
                          long available,
                          boolean blocked,
                          boolean closed,
                          List<HoldView> holds,
                          Instant openedAt,
                          Instant updatedAt) {
}
