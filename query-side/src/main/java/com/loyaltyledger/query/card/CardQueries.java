package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardGroupPage;
import com.loyaltyledger.api.card.CardPage;
import com.loyaltyledger.api.card.CardSearchCriteria;
import com.loyaltyledger.api.card.CardSummary;
import com.loyaltyledger.api.card.CardIssuedEvent;
import com.loyaltyledger.api.card.CardView;
import com.loyaltyledger.api.card.FindCardAsOfQuery;
import com.loyaltyledger.api.card.ClientCard;
import com.loyaltyledger.api.card.ClientCardPage;
import com.loyaltyledger.api.card.FindCardByNumberQuery;
import com.loyaltyledger.api.card.FindCardGroupsQuery;
import com.loyaltyledger.api.card.FindCardQuery;
import com.loyaltyledger.api.card.FindCardsQuery;
import com.loyaltyledger.api.card.FindClientCardsQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers card and card group queries. A card's group (name, type, default multiplier) is joined in when a card
 * is read rather than copied into its row, because the group can change after the card was issued and the
 * current multiplier depends on today.
 */
@Component
class CardQueries {

    private static final Sort BY_NUMBER = Sort.by("number", "id");

    private final CardRecordRepository cards;
    private final CardGroupRecordRepository groups;
    private final Clock clock;

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    CardQueries(CardRecordRepository cards, CardGroupRecordRepository groups, Clock clock, EventStore eventStore,
                JdbcTemplate jdbc) {
        this.cards = cards;
        this.groups = groups;
        this.clock = clock;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /**
     * Folds the card's events up to the moment; empty when it was not issued yet. The multiplier shown is the
     * one that applied on that day.
     */
    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CardView> handle(FindCardAsOfQuery query) {
        CardRecord card = null;
        // from sequence 0: a snapshot would hide the moments before it
        DomainEventStream events = eventStore.readEvents(query.cardId(), 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            if (event.getPayload() instanceof CardIssuedEvent issued) {
                card = CardRecord.issued(issued, event.getTimestamp());
            } else if (card != null) {
                card.apply(event.getPayload(), event.getTimestamp());
            }
        }
        return card == null ? Optional.empty()
                : Optional.of(view(card, LocalDate.ofInstant(query.asOf(), clock.getZone())));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CardView> handle(FindCardQuery query) {
        return cards.findById(query.cardId()).map(card -> view(card, LocalDate.now(clock)));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CardView> handle(FindCardByNumberQuery query) {
        return cards.findByNumber(query.number()).map(card -> view(card, LocalDate.now(clock)));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public CardPage handle(FindCardsQuery query) {
        Page<CardRecord> page = search(query.criteria(), query.page().page(), query.page().size());
        Map<String, CardGroupRecord> groupsById = groupsOf(page.getContent());
        LocalDate today = LocalDate.now(clock);
        List<CardSummary> items = page.getContent().stream().map(card -> {
            CardGroupRecord group = groupsById.get(card.groupId());
            return new CardSummary(card.id(), card.number(), card.groupId(), group == null ? null : group.name(),
                    card.status(), card.details().validFrom(), card.details().validTo(), card.ownerId(),
                    currentMultiplier(card, group, today));
        }).toList();
        return new CardPage(items, query.page().page(), query.page().size(), page.getTotalElements());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public ClientCardPage handle(FindClientCardsQuery query) {
        Page<CardRecord> page = search(new CardSearchCriteria(null, query.clientId(), null, null, null),
                query.page().page(), query.page().size());
        Map<String, CardGroupRecord> groupsById = groupsOf(page.getContent());
        Map<String, BonusAccount> accounts = bonusAccountsOf(page.getContent());
        LocalDate today = LocalDate.now(clock);
        List<ClientCard> items = page.getContent().stream().map(card -> {
            CardGroupRecord group = groupsById.get(card.groupId());
            BonusAccount account = accounts.get(card.id());
            return new ClientCard(card.id(), card.number(), card.status(), card.groupId(),
                    group == null ? null : group.name(), group == null ? null : group.cardType(),
                    card.details().validFrom(), card.details().validTo(), currentMultiplier(card, group, today),
                    account == null ? null : account.accountId(), account == null ? null : account.asset(),
                    account == null ? null : account.balance(), account == null ? null : account.available());
        }).toList();
        return new ClientCardPage(query.clientId(), items, query.page().page(), query.page().size(),
                page.getTotalElements());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public CardGroupPage handle(FindCardGroupsQuery query) {
        Page<CardGroupRecord> page = groups.findAll(
                PageRequest.of(query.page().page(), query.page().size(), Sort.by("name", "id")));
        return new CardGroupPage(page.map(CardGroupRecord::view).getContent(), query.page().page(),
                query.page().size(), page.getTotalElements());
    }

    private Page<CardRecord> search(CardSearchCriteria criteria, int page, int size) {
        return cards.findAll(CardSearch.matching(criteria), PageRequest.of(page, size, BY_NUMBER));
    }

    private record BonusAccount(String cardId, String accountId, String asset, long balance, long available) {
    }

    /** The bonus accounts of these cards from the ledger's read model, in one query. */
    private Map<String, BonusAccount> bonusAccountsOf(List<CardRecord> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<String> ids = page.stream().map(CardRecord::id).toList();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select owner_id, account_id, asset, balance, available from account_view "
                                + "where owner_type = 'CARD' and closed = false and owner_id in (" + marks + ")",
                        (row, i) -> new BonusAccount(row.getString(1), row.getString(2), row.getString(3),
                                row.getLong(4), row.getLong(5)), ids.toArray())
                .stream().collect(Collectors.toMap(BonusAccount::cardId, Function.identity(), (a, b) -> a));
    }

    private Map<String, CardGroupRecord> groupsOf(List<CardRecord> page) {
        List<String> ids = page.stream().map(CardRecord::groupId).distinct().toList();
        return groups.findAllById(ids).stream().collect(Collectors.toMap(CardGroupRecord::id, Function.identity()));
    }

    private CardView view(CardRecord card, LocalDate day) {
        CardGroupRecord group = groups.findById(card.groupId()).orElse(null);
        CardDetails details = card.details();
        return new CardView(card.id(), card.number(), card.groupId(), group == null ? null : group.name(),
                group == null ? null : group.cardType(), card.status(), card.statusReason(), details.validFrom(),
                details.validTo(), details.homeStoreCode(), details.multiplier(), details.multiplierFrom(),
                details.multiplierTo(), currentMultiplier(card, group, day), card.ownerId(),
                card.pinSet(), card.pinLockedUntil(), card.issuedAt(), card.updatedAt());
    }

    /** The group may not be in its read model yet right after both were created; then only the card's own counts. */
    private static BigDecimal currentMultiplier(CardRecord card, CardGroupRecord group, LocalDate today) {
        return card.details().multiplierOn(today, group == null ? null : group.defaultMultiplier());
    }
}
