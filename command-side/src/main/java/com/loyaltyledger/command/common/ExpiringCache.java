package com.loyaltyledger.command.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A small read-through cache for command-side facts that change rarely and are read on every posting or purchase
 * (account type rules, category terms). An entry lives at most {@code maxAge}, so a change made by another
 * instance sharing the database arrives within that time; this instance drops the entry when it changes the fact
 * itself, and again after the commit, so that no concurrent reader puts the old row back.
 */
public final class ExpiringCache<K, V> {

    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, Instant loadedAt) {
    }

    public ExpiringCache(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        Instant now = clock.instant();
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.loadedAt().plus(maxAge).isAfter(now)) {
            return Optional.of(cached.value());
        }
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> entries.put(key, new Entry<>(value, now)));
        return loaded;
    }

    public void forget(K key) {
        entries.remove(key);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> entries.remove(key));
        }
    }
}
