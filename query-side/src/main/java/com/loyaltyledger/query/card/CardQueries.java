package com.loyaltyledger.query.card;

import com.loyaltyledger.api.card.CardDetails;
import com.loyaltyledger.api.card.CardGroupPage;
import com.loyaltyledger.api.card.CardPage;
import com.loyaltyledger.api.card.CardSearchCriteria;
import com.loyaltyledger.api.card.CardSummary;
import com.loyaltyledger.api.card.CardView;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
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

    CardQueries(CardRecordRepository cards, CardGroupRecordRepository groups, Clock clock) {
        this.cards = cards;
        this.groups = groups;
        this.clock = clock;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CardView> handle(FindCardQuery query) {
        return cards.findById(query.cardId()).map(this::view);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<CardView> handle(FindCardByNumberQuery query) {
        return cards.findByNumber(query.number()).map(this::view);
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
        LocalDate today = LocalDate.now(clock);
        List<ClientCard> items = page.getContent().stream().map(card -> {
            CardGroupRecord group = groupsById.get(card.groupId());
            return new ClientCard(card.id(), card.number(), card.status(), card.groupId(),
                    group == null ? null : group.name(), group == null ? null : group.cardType(),
                    card.details().validFrom(), card.details().validTo(), currentMultiplier(card, group, today));
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

    private Map<String, CardGroupRecord> groupsOf(List<CardRecord> page) {
        List<String> ids = page.stream().map(CardRecord::groupId).distinct().toList();
        return groups.findAllById(ids).stream().collect(Collectors.toMap(CardGroupRecord::id, Function.identity()));
    }

    private CardView view(CardRecord card) {
        CardGroupRecord group = groups.findById(card.groupId()).orElse(null);
        CardDetails details = card.details();
        return new CardView(card.id(), card.number(), card.groupId(), group == null ? null : group.name(),
                group == null ? null : group.cardType(), card.status(), card.statusReason(), details.validFrom(),
                details.validTo(), details.homeStoreCode(), details.multiplier(), details.multiplierFrom(),
                details.multiplierTo(), currentMultiplier(card, group, LocalDate.now(clock)), card.ownerId(),
                card.pinSet(), card.issuedAt(), card.updatedAt());
    }

    /** The group may not be in its read model yet right after both were created; then only the card's own counts. */
    private static BigDecimal currentMultiplier(CardRecord card, CardGroupRecord group, LocalDate today) {
        return card.details().multiplierOn(today, group == null ? null : group.defaultMultiplier());
    }
}
