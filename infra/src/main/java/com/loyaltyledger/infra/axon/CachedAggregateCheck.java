package com.loyaltyledger.infra.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Catches a cached aggregate that another instance has changed since this one cached it: with several instances,
 * commands for one aggregate usually reach one instance, but not always (an instance joined or left, a purchase
 * by client after one by card). A cached copy that is behind and appends events fails at the event store's unique
 * index, a conflict the gateway retries; but one that only decides — a refusal, or an answer without events ("the
 * balance is already 100") — would decide on old state. So a command whose aggregate came from the cache and
 * applied no event, or that was refused, compares that aggregate's version with the event store's (one indexed
 * look-up, only then); if the store is ahead, the command fails as a conflict, the cache entry goes with the
 * rollback, and the retry loads the aggregate afresh. Commands that append, nearly all, cost nothing more.
 */
final class CachedAggregateCheck {

    private static final String HITS = CachedAggregateCheck.class.getName() + ".hits";

    private record Hit(String aggregateId, EventSourcedAggregate<?> aggregate, Long loadedVersion) {
    }

    private final ObjectProvider<EventStore> eventStore;

    CachedAggregateCheck(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    /** The aggregate cache's hit, in the unit of work of the command that loads it. */
    void cacheHit(Object key, Object value) {
        if (!(value instanceof AggregateCacheEntry<?> entry) || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Hit> hits = unitOfWork.getResource(HITS);
        if (hits == null) {
            hits = new ArrayList<>();
            unitOfWork.resources().put(HITS, hits);
            unitOfWork.onPrepareCommit(this::verifyUnchanged);
        }
        EventSourcedAggregate<?> aggregate = cached(entry);
        hits.add(new Hit(String.valueOf(key), aggregate, aggregate.version()));
    }

    /**
     * A conflict instead of {@code refusal} when an aggregate this unit of work took from the cache is behind the
     * event store: the refusal may have been made on old state, and the retry decides afresh.
     */
    RuntimeException staleOr(UnitOfWork<?> unitOfWork, RuntimeException refusal) {
        List<Hit> hits = unitOfWork.getResource(HITS);
        return hits == null ? refusal : hits.stream().filter(this::behind).findFirst()
                .<RuntimeException>map(hit -> stale(hit.aggregateId())).orElse(refusal);
    }

    private void verifyUnchanged(UnitOfWork<?> unitOfWork) {
        List<Hit> hits = unitOfWork.getResource(HITS);
        for (Hit hit : hits) {
            // one that applied events is checked by the append itself
            if (Objects.equals(hit.aggregate().version(), hit.loadedVersion()) && behind(hit)) {
                throw stale(hit.aggregateId());
            }
        }
    }

    private static ConcurrencyException stale(String aggregateId) {
        return new ConcurrencyException("The cached copy of " + aggregateId + " was behind the event store: "
                + "another instance changed it");
    }

    private boolean behind(Hit hit) {
        return eventStore.getObject().lastSequenceNumberFor(hit.aggregateId())
                .map(stored -> hit.loadedVersion() == null || stored > hit.loadedVersion())
                .orElse(false);
    }

    /**
     * The aggregate the entry holds in memory: Caffeine keeps entries as objects, never serialized, so the entry
     * still has the very instance the repository will hand to the command (it passes no arguments it would need to
     * rebuild one).
     */
    private static <T> EventSourcedAggregate<T> cached(AggregateCacheEntry<T> entry) {
        return entry.recreateAggregate(null, null, null, null);
    }
}
