package com.loyaltyledger.api.journal;

import java.math.BigInteger;

/** All journal lines of one asset: debits and credits must be equal, so the balances sum to zero. */
/** Exact however long the ledger runs: the debits of an asset add up over its whole life, past a long's range. */
public record AssetTotals(String asset, BigInteger debits, BigInteger credits, BigInteger balanceSum) {
}
