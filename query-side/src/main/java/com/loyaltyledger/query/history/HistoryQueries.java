package com.loyaltyledger.query.history;

import com.loyaltyledger.api.history.AuditCriteria;
import com.loyaltyledger.api.history.FindAuditEntriesQuery;
import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class HistoryQueries {

    private final HistoryEntryRepository entries;

    HistoryQueries(HistoryEntryRepository entries) {
        this.entries = entries;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public HistoryPage handle(FindAuditEntriesQuery query) {
        AuditCriteria criteria = query.criteria();
        Specification<HistoryEntryRecord> where = (root, q, cb) -> {
            List<Predicate> filters = new ArrayList<>();
            equal(filters, cb, root.get("entityType"), criteria.entityType());
            equal(filters, cb, root.get("entityId"), criteria.entityId());
            equal(filters, cb, root.get("actor"), criteria.actor());
            equal(filters, cb, root.get("channel"), criteria.channel());
            equal(filters, cb, root.get("eventType"), criteria.eventType());
            if (criteria.from() != null) {
                filters.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), criteria.from()));
            }
            if (criteria.to() != null) {
                filters.add(cb.lessThan(root.get("occurredAt"), criteria.to()));
            }
            return cb.and(filters.toArray(Predicate[]::new));
        };
        Page<HistoryEntryRecord> page = entries.findAll(where,
                PageRequest.of(query.page().page(), query.page().size(), Sort.by("occurredAt", "id")));
        return new HistoryPage(page.map(HistoryEntryRecord::toEntry).getContent(), query.page().page(),
                query.page().size(), page.getTotalElements());
    }

    private static void equal(List<Predicate> filters, CriteriaBuilder cb, Path<String> column, String value) {
        if (value != null) {
            filters.add(cb.equal(column, value));
        }
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public HistoryPage handle(FindEntityHistoryQuery query) {
        Page<HistoryEntryRecord> page = entries.findByEntityTypeAndEntityId(query.entityType(), query.entityId(),
                PageRequest.of(query.page().page(), query.page().size(), Sort.by("occurredAt", "id")));
        return new HistoryPage(page.map(HistoryEntryRecord::toEntry).getContent(), query.page().page(),
                query.page().size(), page.getTotalElements());
    }
}
