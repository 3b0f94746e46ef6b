package com.loyaltyledger.command.account;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.command.card.InMemoryCards;
import com.loyaltyledger.command.client.ClientDirectory;
import com.loyaltyledger.command.client.ClientFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;

/**
 * An account fixture with the ledger's handlers on in-memory tables: a BONUS account type (minimum 0, daily cap
 * 500.00), a CREDIT type (limit -50.00) and a type that lets debits go below its minimum. The clock stands at
 * 13:00 on 22 November 2026 in Moscow, the business-day zone.
 */
abstract class LedgerFixture {

    static final String ACCOUNT = "account-1";
    static final String OTHER = "account-2";
    static final String BONUS_TYPE = "bonus-type";
    static final String CREDIT_TYPE = "credit-type";
    static final String LENIENT_TYPE = "lenient-type";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final PostingContext CONTEXT = new PostingContext("test", Channel.API, null);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final InMemoryLedgerTransactions transactions = new InMemoryLedgerTransactions();
    final InMemoryAccountTypes types = new InMemoryAccountTypes()
            .add(new AccountTypeFacts(BONUS_TYPE, "BONUS", 2, AccountKind.BONUS,
                    new AccountTypeRules("Bonus", 0, 50_000L, false)))
            .add(new AccountTypeFacts(CREDIT_TYPE, "RUB", 2, AccountKind.CREDIT,
                    new AccountTypeRules("Credit", -5_000, null, false)))
            .add(new AccountTypeFacts(LENIENT_TYPE, "RUB", 2, AccountKind.DEPOSIT,
                    new AccountTypeRules("Lenient", 0, null, true)));
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final ClientDirectory clients = clientId -> "client-1".equals(clientId)
            ? Optional.of(new ClientFacts(clientId, ClientKind.PERSON, null, false, false, null))
            : Optional.empty();
    final InMemoryCards cards = new InMemoryCards();
    FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUpLedger() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(clock);
        LedgerAccess ledger = new LedgerAccess(fixture.getRepository(), transactions, types,
                new BusinessCalendar(MOSCOW), clock);
        fixture.registerAnnotatedCommandHandler(new PostingHandler(ledger));
        fixture.registerAnnotatedCommandHandler(new HoldHandler(ledger));
        fixture.registerAnnotatedCommandHandler(new TransferHandler(ledger, accounts));
        fixture.registerAnnotatedCommandHandler(new AccountOpeningHandler(fixture.getRepository(), accounts, types,
                clients, cards));
    }

    static AccountOpenedEvent opened(String accountId, String typeId) {
        AccountKind kind = BONUS_TYPE.equals(typeId) ? AccountKind.BONUS
                : CREDIT_TYPE.equals(typeId) ? AccountKind.CREDIT : AccountKind.DEPOSIT;
        String asset = BONUS_TYPE.equals(typeId) ? "BONUS" : "RUB";
        return new AccountOpenedEvent(accountId, "N-" + accountId, "Account " + accountId, typeId, asset, 2, kind,
                AccountOwner.NONE);
    }

    static AccountOpenedEvent opened() {
        return opened(ACCOUNT, BONUS_TYPE);
    }

    /** A posting on the BONUS account as its handlers record it, with no holds. */
    static PostingRecordedEvent posted(String transactionId, PostingKind kind, Direction direction, long amount,
                                       long balanceAfter) {
        return posted(ACCOUNT, "BONUS", transactionId, kind, direction, amount, balanceAfter, balanceAfter,
                counter(kind), null, TODAY, null);
    }

    static PostingRecordedEvent posted(String accountId, String asset, String transactionId, PostingKind kind,
                                       Direction direction, long amount, long balanceAfter, long availableAfter,
                                       SystemAccount counter, String counterparty, LocalDate day,
                                       String reversalOf) {
        return new PostingRecordedEvent(accountId, transactionId, kind, direction, amount, asset, balanceAfter,
                availableAfter, counter, counterparty, CONTEXT.reason(), CONTEXT.source().name(), null, day,
                reversalOf);
    }

    static PostingRecordedEvent accrued(long amount, long balanceAfter) {
        return posted("accrual-" + balanceAfter, PostingKind.BONUS_ACCRUAL, Direction.CREDIT, amount, balanceAfter);
    }

    private static SystemAccount counter(PostingKind kind) {
        return switch (kind) {
            case BONUS_ACCRUAL -> SystemAccount.BONUS_ISSUANCE;
            case BONUS_REDEMPTION, HOLD_CAPTURE -> SystemAccount.BONUS_REDEMPTION;
            case ADJUSTMENT -> SystemAccount.ADJUSTMENT;
            case TRANSFER_OUT, TRANSFER_IN, TRANSFER_REFUND -> SystemAccount.TRANSIT;
            default -> SystemAccount.CASH;
        };
    }
}
