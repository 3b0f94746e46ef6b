package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.LedgerError;
import com.loyaltyledger.api.common.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * What every ledger operation does around its account: the transaction id first (a repeat answers with what the
 * first request did, without touching the account; a reuse for something else is refused), then the account with
 * its type's current rules, then the outcome remembered, all in the unit of work that appends the events.
 */
public final class LedgerAccess {

    private final Repository<Account> accounts;
    private final LedgerTransactions transactions;
    private final AccountTypeDirectory types;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public LedgerAccess(Repository<Account> accounts, LedgerTransactions transactions, AccountTypeDirectory types,
                 BusinessCalendar calendar, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.types = types;
        this.calendar = calendar;
        this.clock = clock;
    }

    Outcome once(String transactionId, Operation operation, String requestHash, Supplier<Outcome> operationBody) {
        StoredTransaction earlier = transactions.claim(transactionId, requestHash, operation).orElse(null);
        if (earlier != null) {
            if (!earlier.requestHash().equals(requestHash)) {
                throw new DomainException(LedgerError.KEY_REUSED, "Transaction id " + transactionId
                        + " was already used for a different request", Map.of("transactionId", transactionId));
            }
            return earlier.outcome();
        }
        Outcome outcome = operationBody.get();
        transactions.complete(transactionId, outcome);
        return outcome;
    }

    <R> R onAccount(String accountId, Function<Account, R> action) {
        try {
            return accounts.load(accountId).invoke(action);
        } catch (AggregateNotFoundException e) {
            throw new DomainException(LedgerError.ACCOUNT_NOT_FOUND, "There is no account " + accountId,
                    Map.of("accountId", String.valueOf(accountId)));
        }
    }

    AccountTypeRules rulesOf(Account account) {
        return types.find(account.accountTypeId()).map(AccountTypeFacts::rules).orElseThrow(() ->
                new IllegalStateException("Account type " + account.accountTypeId() + " is missing from the registry"));
    }

    LocalDate today() {
        return calendar.dayOf(clock.instant());
    }

    Instant now() {
        return clock.instant();
    }

    LedgerTransactions transactions() {
        return transactions;
    }
}
