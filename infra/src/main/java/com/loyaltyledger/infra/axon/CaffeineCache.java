package com.loyaltyledger.infra.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A size-bounded aggregate cache for Axon. Axon 4 ships only weak-reference and JCache/EhCache adapters; weak
 * references are cleared at every collection, which makes hot accounts reload their events far too often.
 */
final class CaffeineCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> delegate;
    private final CachedAggregateCheck check;

    CaffeineCache(long maximumSize, CachedAggregateCheck check) {
        this.delegate = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.check = check;
    }

    /** A hit is told to the check, which may compare it with the event store before the command commits. */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = delegate.getIfPresent(key);
        if (value != null) {
            check.cacheHit(key, value);
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return delegate.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        delegate.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        delegate.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    /** Nothing in the application listens to cache entries; Axon's repositories do not need it either. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("Entry listeners are not supported by the aggregate cache");
    }
}
