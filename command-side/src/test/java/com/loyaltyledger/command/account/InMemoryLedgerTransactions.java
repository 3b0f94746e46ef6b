package com.loyaltyledger.command.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ledger's transaction ids held in memory for fixture tests; survives between given/when runs of a test. */
final class InMemoryLedgerTransactions implements LedgerTransactions {

    private final Map<String, StoredTransaction> stored = new HashMap<>();

    @Override
    public Optional<StoredTransaction> claim(String transactionId, String requestHash, Operation operation) {
        StoredTransaction earlier = stored.get(transactionId);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        stored.put(transactionId, new StoredTransaction(transactionId, requestHash, operation, null, null));
        return Optional.empty();
    }

    @Override
    public void complete(String transactionId, Outcome outcome) {
        StoredTransaction claimed = stored.get(transactionId);
        stored.put(transactionId, new StoredTransaction(transactionId, claimed.requestHash(), claimed.operation(),
                outcome, null));
    }

    @Override
    public Optional<StoredTransaction> find(String transactionId) {
        return Optional.ofNullable(stored.get(transactionId));
    }

    @Override
    public boolean markReversed(String original, String reversal) {
        StoredTransaction earlier = stored.get(original);
        if (earlier == null || earlier.reversedBy() != null) {
            return false;
        }
        stored.put(original, new StoredTransaction(original, earlier.requestHash(), earlier.operation(),
                earlier.outcome(), reversal));
        return true;
    }

    /** What an earlier request left, as if it had run before the fixture's given events. */
    InMemoryLedgerTransactions remember(String transactionId, Operation operation, Outcome outcome,
                                        String reversedBy) {
        stored.put(transactionId, new StoredTransaction(transactionId, "earlier", operation, outcome, reversedBy));
        return this;
    }
}
