package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.command.common.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * {@link LedgerTransactions} in {@code ledger_transaction}. The claim is an {@code insert ... on conflict do
 * nothing}: one round trip for the usual case, and the database makes a concurrent claim of the same id wait for
 * the first one's commit, after which it sees the stored row (PostgreSQL and H2 alike).
 */
public class JdbcLedgerTransactions implements LedgerTransactions {

    private static final String COLUMNS = "transaction_id, request_hash, operation, account_id, posted, kind, "
            + "direction, amount, asset, counter_account, balance_after, available_after, expires_at, reference, "
            + "reversed_by";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcLedgerTransactions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<StoredTransaction> claim(String transactionId, String requestHash, Operation operation) {
        int inserted = jdbc.update("insert into ledger_transaction (transaction_id, request_hash, operation, "
                        + "created_at) values (?, ?, ?, ?) on conflict do nothing",
                transactionId, requestHash, operation.name(), Timestamp.from(clock.instant()));
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(find(transactionId).orElseThrow(() -> new IllegalStateException(
                "Transaction " + transactionId + " is neither free nor stored")));
    }

    @Override
    public void complete(String transactionId, Outcome outcome) {
        jdbc.update("update ledger_transaction set account_id = ?, posted = ?, kind = ?, direction = ?, amount = ?, "
                        + "asset = ?, counter_account = ?, balance_after = ?, available_after = ?, expires_at = ?, "
                        + "reference = ? where transaction_id = ?",
                outcome.accountId(), outcome.posted(), name(outcome.kind()), name(outcome.direction()),
                outcome.amount(), outcome.asset(), name(outcome.counterAccount()), outcome.balance(),
                outcome.available(), outcome.expiresAt() == null ? null : Timestamp.from(outcome.expiresAt()),
                outcome.reference(), transactionId);
    }

    @Override
    public Optional<StoredTransaction> find(String transactionId) {
        return jdbc.queryOne("select " + COLUMNS + " from ledger_transaction where transaction_id = ?",
                JdbcLedgerTransactions::stored, transactionId);
    }

    @Override
    public boolean markReversed(String original, String reversal) {
        return jdbc.update("update ledger_transaction set reversed_by = ? where transaction_id = ? "
                + "and reversed_by is null", reversal, original) == 1;
    }

    private static StoredTransaction stored(ResultSet row) throws SQLException {
        Timestamp expiresAt = row.getTimestamp(13);
        Outcome outcome = new Outcome(row.getString(4), row.getBoolean(5),
                valueOf(PostingKind.class, row.getString(6)), valueOf(Direction.class, row.getString(7)),
                row.getLong(8), row.getString(9), valueOf(SystemAccount.class, row.getString(10)), row.getLong(11),
                row.getLong(12), expiresAt == null ? null : expiresAt.toInstant(), row.getString(14));
        return new StoredTransaction(row.getString(1), row.getString(2), Operation.valueOf(row.getString(3)),
                outcome, row.getString(15));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
