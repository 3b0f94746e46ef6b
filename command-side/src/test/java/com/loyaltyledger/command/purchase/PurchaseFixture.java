package com.loyaltyledger.command.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.loyaltyledger.api.account.AccountKind;
import com.loyaltyledger.api.account.AccountOpenedEvent;
import com.loyaltyledger.api.account.AccountOwner;
import com.loyaltyledger.api.account.AccountTypeRules;
import com.loyaltyledger.api.account.Direction;
import com.loyaltyledger.api.account.LoyaltyAccounts;
import com.loyaltyledger.api.account.OwnerType;
import com.loyaltyledger.api.account.PostingKind;
import com.loyaltyledger.api.account.PostingRecordedEvent;
import com.loyaltyledger.api.account.SystemAccount;
import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.category.CategoryTerms;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.ErrorCode;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseLine;
import com.loyaltyledger.api.purchase.PurchaseResult;
import com.loyaltyledger.api.purchase.RefundPurchaseCommand;
import com.loyaltyledger.api.purchase.RefundResult;
import com.loyaltyledger.command.account.Account;
import com.loyaltyledger.command.account.AccountTypeFacts;
import com.loyaltyledger.command.account.BusinessCalendar;
import com.loyaltyledger.command.card.CardFacts;
import com.loyaltyledger.command.card.InMemoryCards;
import com.loyaltyledger.command.category.CategoryDirectory;
import com.loyaltyledger.command.client.Client;
import com.loyaltyledger.command.client.ClientDirectory;
import com.loyaltyledger.command.client.ClientFacts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A purchase touches three aggregates (receipt, client, account), so its rules are tested on a real Axon
 * configuration with an in-memory event store: given the client's and the account's events, when a purchase or
 * refund is sent, then its answer, its refusal, or the events it stored.
 */
abstract class PurchaseFixture {

    static final String CLIENT = "client-1";
    static final String CARD = "card-1";
    static final String NUMBER = "7000001";
    static final String ACCOUNT = LoyaltyAccounts.ofCard(CARD);
    static final String BONUS_TYPE = "bonus-type";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /** Gold: 5% discount and 3% bonus, +1% discount and +0.5% bonus per 1000.00, up to 10% and 4%. */
    static final CategoryTerms GOLD = new CategoryTerms("gold", d("5"), d("1"), d("10"), d("1000"), d("3"),
            d("0.5"), d("4"), null, true);

    final InMemoryCards cards = new InMemoryCards();
    final Map<String, ClientFacts> clientFacts = new HashMap<>();
    final Map<String, CategoryTerms> categories = new HashMap<>(Map.of("gold", GOLD));
    private final List<Object> storedEvents = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    Configuration axon;

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @BeforeEach
    void startAxon() {
        ClientDirectory directory = clientId -> Optional.ofNullable(clientFacts.get(clientId));
        CategoryDirectory categoryDirectory = new CategoryDirectory() {
            @Override
            public boolean exists(String categoryId) {
                return categories.containsKey(categoryId);
            }

            @Override
            public Optional<String> findByName(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<CategoryTerms> terms(String categoryId) {
                return Optional.ofNullable(categories.get(categoryId));
            }

            @Override
            public Optional<String> accountTypeOf(String categoryId) {
                return Optional.empty();
            }
        };
        AccountTypeFacts bonusType = new AccountTypeFacts(BONUS_TYPE, "BONUS", 2, AccountKind.BONUS,
                new AccountTypeRules("Bonus", 0, null, false));
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Client.class)
                .configureAggregate(Account.class)
                .configureAggregate(Receipt.class)
                .registerCommandHandler(c -> new PurchaseHandler(c.repository(Receipt.class), cards,
                        parties(c, directory, categoryDirectory, bonusType), 2, null))
                .registerCommandHandler(c -> new RefundHandler(c.repository(Receipt.class),
                        parties(c, directory, categoryDirectory, bonusType), 2))
                .start();
        axon.eventBus().subscribe(messages -> messages.forEach(message -> storedEvents.add(message.getPayload())));
    }

    private static LoyaltyParties parties(Configuration c, ClientDirectory directory, CategoryDirectory categories,
                                          AccountTypeFacts bonusType) {
        return new LoyaltyParties(c.repository(Client.class), c.repository(Account.class), directory, categories,
                id -> Optional.of(bonusType), new BusinessCalendar(ZoneId.of("UTC")), CLOCK);
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    /** Stores events of an aggregate as if commands had made them. */
    void given(String type, String aggregateId, Object... events) {
        for (Object event : events) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            axon.eventStore().publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, event));
        }
        storedEvents.clear();
    }

    void givenClient(String categoryId, BigDecimal individualBonus) {
        ClientDetails details = new ClientDetails(null, "Anna", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                true, categoryId, null, individualBonus);
        given("Client", CLIENT, new ClientRegisteredEvent(CLIENT, ClientKind.PERSON, ClientSource.MANUAL, "C1",
                details, Consents.NONE));
        clientFacts.put(CLIENT, new ClientFacts(CLIENT, ClientKind.PERSON, null, false, false, categoryId));
    }

    void givenCard(CardStatus status, CardDetails details) {
        cards.add(new CardFacts(CARD, NUMBER, CLIENT, status, details, BigDecimal.ONE, BONUS_TYPE, false));
    }

    void givenActiveCard() {
        givenCard(CardStatus.ACTIVE, new CardDetails("group", null, null, null, null, null, null));
    }

    /** The card's bonus account, holding {@code balance}. */
    void givenAccount(String balance) {
        long minor = d(balance).movePointRight(2).longValueExact();
        given("Account", ACCOUNT, new AccountOpenedEvent(ACCOUNT, NUMBER, null, BONUS_TYPE, "BONUS", 2,
                AccountKind.BONUS, new AccountOwner(OwnerType.CARD, CARD)));
        if (minor > 0) {
            given("Account", ACCOUNT, new PostingRecordedEvent(ACCOUNT, "seed", PostingKind.BONUS_ACCRUAL,
                    Direction.CREDIT, minor, "BONUS", minor, minor, SystemAccount.BONUS_ISSUANCE, null, "seed",
                    "API", null, TODAY, null));
        }
    }

    static ProcessPurchaseCommand purchase(String receiptId, String total, String bonusToSpend) {
        return new ProcessPurchaseCommand("S1", receiptId, "Kate", NUMBER, null, null,
                List.of(new PurchaseLine("A", "Milk", d("1"), d(total), d(total), "dairy")), d(total),
                bonusToSpend == null ? null : d(bonusToSpend), null);
    }

    PurchaseResult send(ProcessPurchaseCommand command) {
        storedEvents.clear();
        return (PurchaseResult) axon.commandGateway().sendAndWait(command);
    }

    RefundResult send(RefundPurchaseCommand command) {
        storedEvents.clear();
        return axon.commandGateway().sendAndWait(command);
    }

    /** Sends, expecting a refusal with that code; nothing may have been stored. */
    void refused(Object command, ErrorCode code) {
        storedEvents.clear();
        Throwable thrown = catchThrowable(() -> axon.commandGateway().sendAndWait(command));
        assertThat(thrown).isInstanceOf(DomainException.class);
        assertThat(((DomainException) thrown).errorCode()).isEqualTo(code);
        assertThat(storedEvents).isEmpty();
    }

    List<Object> stored() {
        return storedEvents;
    }

    <T> List<T> stored(Class<T> type) {
        return storedEvents.stream().filter(type::isInstance).map(type::cast).toList();
    }

}
