package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.SystemAccount;
import java.time.Instant;

/**
 * What one ledger operation did to its account, as remembered for repeats of the same request and for
 * reversals. {@code posted} is false when the operation posted nothing (a hold, a release, a set balance to the
 * same balance, a credit the target refused).
 *
 * @param reference the hold a capture or release settles, the target of a transfer, or the posting a reversal
 *                  reverses
 */
public record Outcome(String accountId,
                      boolean posted,
                      PostingKind kind,
                      Direction direction,
                      long amount,
                      String asset,
                      SystemAccount counterAccount,
                      long balance,
                      long available,
                      Instant expiresAt,
                      String reference) {

    Outcome withReference(String otherReference) {
        return new Outcome(accountId, posted, kind, direction, amount, asset, counterAccount, balance, available,
                expiresAt, otherReference);
    }
}
