package com.loyaltyledger.api.journal;

import java.util.List;

/**
 * @param accountsChecked accounts whose projected balance was compared with the one their events give
 * @param postingsChecked postings (account-side journal lines) looked at for duplicate transaction ids
 * @param discrepancies the first problems found, in words; empty when the ledger is clean
 */
public record LedgerCheckReport(boolean clean,
                                List<AssetTotals> assets,
                                long accountsChecked,
                                long postingsChecked,
                                List<String> discrepancies) {
}
