package com.loyaltyledger.command.account;

/**
 * A ledger transaction id as the command side remembers it: the fingerprint of the request that first used it,
 * the kind of operation, what it did, and which later posting reversed it.
 */
public record StoredTransaction(String transactionId, String requestHash, Operation operation, Outcome outcome,
                                String reversedBy) {
}
