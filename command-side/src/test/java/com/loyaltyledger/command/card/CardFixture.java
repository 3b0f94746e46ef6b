package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardStatus;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.command.client.ClientFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** A card fixture with in-memory groups, clients and number reservations, and a fast PIN hasher. */
final class CardFixture {

    static final String ID = "card-1";
    static final String NUMBER = "2000123";
    static final String GROUP = "group-bonus";
    static final String OTHER_GROUP = "group-gift";
    static final String ALICE = "client-alice";
    static final String BOB = "client-bob";
    static final String DELETED_CLIENT = "client-gone";

    final Set<String> groups = new HashSet<>(Set.of(GROUP, OTHER_GROUP));
    final Map<String, ClientFacts> clients = new HashMap<>();
    final Map<String, String> numbers = new HashMap<>();
    /** Few iterations: the tests check what is hashed, not how slowly. */
    final PinHasher pinHasher = new PinHasher(1_000);
    final FixtureConfiguration<Card> fixture = new AggregateTestFixture<>(Card.class);

    CardFixture() {
        clients.put(ALICE, new ClientFacts(ALICE, ClientKind.PERSON, null, false, false, null));
        clients.put(BOB, new ClientFacts(BOB, ClientKind.PERSON, null, true, false, null));
        clients.put(DELETED_CLIENT, new ClientFacts(DELETED_CLIENT, ClientKind.PERSON, null, false, true, null));
        CardGroupDirectory groupDirectory = groups::contains;
        CardOwnerPolicy owners = new CardOwnerPolicy(clientId -> Optional.ofNullable(clients.get(clientId)));
        fixture.registerInjectableResource(groupDirectory);
        fixture.registerInjectableResource(owners);
        fixture.registerInjectableResource(pinHasher);
        fixture.registerAnnotatedCommandHandler(new CardIssuingHandler(fixture.getRepository(),
                (number, cardId) -> numbers.putIfAbsent(number, cardId) == null, groupDirectory, owners,
                pinHasher));
    }

    static CardDetails details() {
        return new CardDetails(GROUP, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "ST-01",
                new BigDecimal("2"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    }

    static CardIssuedEvent issued() {
        return new CardIssuedEvent(ID, NUMBER, details(), CardStatus.ACTIVE, null);
    }
}
