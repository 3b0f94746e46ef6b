package com.loyaltyledger.api.journal;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One side of one posting. Every posting writes two lines with the same transaction id: the account's and its
 * counter account's (a system account such as {@code system:CASH:RUB}), in opposite directions.
 */
public record JournalLine(long lineId,
                          long position,
                          Instant occurredAt,
                          LocalDate businessDay,
                          String transactionId,
                          String accountId,
                          boolean systemAccount,
                          Direction direction,
                          long amount,
                          String asset,
                          PostingKind kind,
                          String counterAccount,
                          String reason,
                          String source,
                          String storeCode,
                          String actor,
                          String reversalOf) {
}
