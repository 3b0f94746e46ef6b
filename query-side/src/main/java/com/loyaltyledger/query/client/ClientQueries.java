package com.loyaltyledger.query.client;

import com.loyaltyledger.api.client.ClientPage;
import com.loyaltyledger.api.client.ClientRegisteredEvent;
import com.loyaltyledger.api.client.ClientSearchCriteria;
import com.loyaltyledger.api.client.ClientSort;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.FindClientAsOfQuery;
import com.loyaltyledger.api.client.FindClientQuery;
import com.loyaltyledger.api.client.FindClientsQuery;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ClientQueries {

    private final ClientRecordRepository clients;
    private final EventStore eventStore;

    ClientQueries(ClientRecordRepository clients, EventStore eventStore) {
        this.clients = clients;
        this.eventStore = eventStore;
    }

    /** Folds the client's events up to the moment; empty when the client did not exist yet. */
    @QueryHandler
    public Optional<ClientView> handle(FindClientAsOfQuery query) {
        ClientRecord client = null;
        // from sequence 0: a snapshot would hide the moments before it
        DomainEventStream events = eventStore.readEvents(query.clientId(), 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            if (event.getPayload() instanceof ClientRegisteredEvent registered) {
                client = ClientRecord.registered(registered, event.getTimestamp());
            } else if (client != null) {
                client.apply(event.getPayload(), event.getTimestamp());
            }
        }
        return Optional.ofNullable(client).map(ClientRecord::view);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<ClientView> handle(FindClientQuery query) {
        return clients.findById(query.clientId()).map(ClientRecord::view);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public ClientPage handle(FindClientsQuery query) {
        ClientSearchCriteria criteria = query.criteria();
        List<String> subtree = criteria.parentId() != null && criteria.includeSubtree()
                ? clients.findDescendantIds(criteria.parentId())
                : List.of();
        Page<ClientRecord> page = clients.findAll(ClientSearch.matching(criteria, subtree),
                PageRequest.of(query.page().page(), query.page().size(), sort(criteria.sort())));
        return new ClientPage(page.map(ClientRecord::summary).getContent(), query.page().page(),
                query.page().size(), page.getTotalElements());
    }

    private static Sort sort(ClientSort sort) {
        return switch (sort == null ? ClientSort.NAME : sort) {
            case NAME -> Sort.by("displayName", "id");
            case REGISTERED_AT -> Sort.by("registeredAt", "id");
            case CODE -> Sort.by("code");
        };
    }
}
