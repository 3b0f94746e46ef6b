package com.loyaltyledger.api.journal;

/** Audits the ledger; reports at most {@code maxDiscrepancies} of what it finds wrong. */
public record CheckLedgerQuery(int maxDiscrepancies) {
}
