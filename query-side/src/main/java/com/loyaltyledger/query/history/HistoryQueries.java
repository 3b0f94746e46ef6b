package com.loyaltyledger.query.history;

import com.loyaltyledger.api.history.FindEntityHistoryQuery;
import com.loyaltyledger.api.history.HistoryPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
    public HistoryPage handle(FindEntityHistoryQuery query) {
        Page<HistoryEntryRecord> page = entries.findByEntityTypeAndEntityId(query.entityType(), query.entityId(),
                PageRequest.of(query.page().page(), query.page().size(), Sort.by("position", "id")));
        return new HistoryPage(page.map(HistoryEntryRecord::toEntry).getContent(), query.page().page(),
                query.page().size(), page.getTotalElements());
    }
}
