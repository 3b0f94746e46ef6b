package com.loyaltyledger.api.journal;

/** All journal lines of one asset: debits and credits must be equal, so the balances sum to zero. */
public record AssetTotals(String asset, long debits, long credits, long balanceSum) {
}
