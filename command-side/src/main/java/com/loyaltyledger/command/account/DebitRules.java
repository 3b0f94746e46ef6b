package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.Amounts;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.common.DomainException;
import java.util.Map;

/**
 * When an account may give value away: the available balance (balance minus holds) stays at or above the
 * type's minimum unless the type allows going below it, and spending within one business day stays within the
 * type's daily cap. Whether the account is open and unblocked is the account's own check.
 */
final class DebitRules {

    private DebitRules() {
    }

    /**
     * Debits that spend count against the daily cap (so do holds, when placed); corrections (adjustments,
     * reversals) do not.
     */
    static boolean countsAsSpending(PostingKind kind) {
        return kind == PostingKind.WITHDRAWAL || kind == PostingKind.BONUS_REDEMPTION
                || kind == PostingKind.TRANSFER_OUT;
    }

    static void requireFunds(long available, long amount, AccountTypeRules rules, int scale) {
        if (!rules.allowBelowMinimum() && Math.subtractExact(available, amount) < rules.minimumBalance()) {
            throw new DomainException(LedgerError.INSUFFICIENT_FUNDS,
                    "Available balance " + Amounts.format(available, scale) + " does not cover "
                            + Amounts.format(amount, scale),
                    Map.of("available", Amounts.format(available, scale),
                            "minimumBalance", Amounts.format(rules.minimumBalance(), scale)));
        }
    }

    static void requireWithinDailyLimit(long spentToday, long amount, AccountTypeRules rules, int scale) {
        long spentAfter;
        try {
            spentAfter = Math.addExact(spentToday, amount);
        } catch (ArithmeticException e) {
            throw new DomainException(LedgerError.SPENDING_TOTAL_LIMIT, "Today's spending on this account would "
                    + "no longer fit its counter; spend again tomorrow", Map.of("spentToday",
                    Amounts.format(spentToday, scale)));
        }
        Long cap = rules.dailySpendLimit();
        if (cap != null && spentAfter > cap) {
            throw new DomainException(LedgerError.DAILY_LIMIT_EXCEEDED,
                    "Spending " + Amounts.format(amount, scale) + " today would exceed the daily limit of "
                            + Amounts.format(cap, scale),
                    Map.of("dailySpendLimit", Amounts.format(cap, scale),
                            "spentToday", Amounts.format(spentToday, scale)));
        }
    }
}
