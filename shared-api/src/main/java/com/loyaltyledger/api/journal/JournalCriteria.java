package com.loyaltyledger.api.journal;

import com.loyaltyledger.api.account.PostingKind;
import java.time.Instant;

/**
 * Filters of the journal; null means "any". {@code from} is inclusive, {@code to} exclusive. {@code clientId} and
 * {@code cardId} select the lines of the accounts that client or card owns.
 */
public record JournalCriteria(Instant from,
                              Instant to,
                              String accountId,
                              String clientId,
                              String cardId,
                              PostingKind kind,
                              String source,
                              String asset) {
}
