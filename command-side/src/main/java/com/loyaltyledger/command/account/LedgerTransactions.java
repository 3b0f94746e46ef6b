package com.loyaltyledger.command.account;

import java.util.Optional;

/**
 * Remembers every transaction id the ledger has used, in the transaction that appends the operation's events,
 * so that an id is used once across the whole ledger.
 */
public interface LedgerTransactions {

    /**
     * Takes {@code transactionId} for a new operation. Empty when it was free; otherwise what the id was first
     * used for. A concurrent claim of the same id waits until the first one commits or rolls back.
     */
    Optional<StoredTransaction> claim(String transactionId, String requestHash, Operation operation);

    /** Records what the operation claimed under {@code transactionId} did. */
    void complete(String transactionId, Outcome outcome);

    Optional<StoredTransaction> find(String transactionId);

    /** Marks {@code original} as reversed by {@code reversal}; false when something reversed it already. */
    boolean markReversed(String original, String reversal);
}
