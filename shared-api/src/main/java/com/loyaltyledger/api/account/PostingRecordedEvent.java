package com.loyaltyledger.api.account;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;
import java.time.LocalDate;

/**
 * Value moved on one account. The other side is the system account {@code counterAccount} of the same asset, so
 * the journal writes two lines and every asset sums to zero. Amounts are minor units of {@code asset}.
 *
 * @param counterparty for transfer legs: the other real account, for people reading the journal
 * @param businessDay the day the posting counts for, in the ledger's business-day zone
 * @param reversalOf for a REVERSAL: the transaction id of the posting it reverses
 */
public record PostingRecordedEvent(@DataSubject String accountId,
                                   String transactionId,
                                   PostingKind kind,
                                   Direction direction,
                                   long amount,
                                   String asset,
                                   long balanceAfter,
                                   long availableAfter,
                                   SystemAccount counterAccount,
                                   String counterparty,
                                   @PersonalData String reason,
                                   String source,
                                   String storeCode,
                                   LocalDate businessDay,
                                   String reversalOf) {
}
