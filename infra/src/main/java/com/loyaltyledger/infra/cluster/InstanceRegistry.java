package com.loyaltyledger.infra.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This instance's heartbeat in {@code ledger_instance}, and what each beat sees: the instances alive and who holds
 * each processor segment in the token store. Starts before Axon's processors (so their first claims already know
 * the others) and stops after them (so their claims are released before the instance says goodbye).
 */
public final class InstanceRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceRegistry.class);
    /** Rows of instances gone this long are deleted; until then the table tells who ran when. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final String self;
    private final ClusterProperties properties;
    private final List<Consumer<ClusterView>> listeners = new ArrayList<>();
    private final Map<String, Instant> unclaimedSince = new HashMap<>();
    private volatile ClusterView view;
    private ScheduledExecutorService heartbeat;

    InstanceRegistry(JdbcClient jdbc, InstanceIdentity identity, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.self = identity.id();
        this.properties = properties;
    }

    /** The last heartbeat's view; before the first one, this instance alone. */
    ClusterView view() {
        ClusterView current = view;
        return current != null ? current : new ClusterView(self, Set.of(self), Map.of(), Set.of());
    }

    /** This instance's name. */
    public String self() {
        return self;
    }

    /** Who holds the segments of {@code processor}, as of the last heartbeat. */
    public SegmentClaims claims(String processor) {
        ClusterView current = view();
        return new SegmentClaims(current.segments(processor), current.claims().getOrDefault(processor, List.of())
                .stream().map(claim -> new SegmentClaims.Segment(claim.segment(), claim.owner(),
                        current.alive(claim.owner()))).toList(), current.shares(processor));
    }

    /** Called with every new view, on the heartbeat's thread. */
    void onView(Consumer<ClusterView> listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        beat();
        heartbeat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cluster-heartbeat")
                .daemon().factory());
        long every = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beatAndTell, every, every, TimeUnit.MILLISECONDS);
        log.info("Instance {} joined; heartbeat every {}", self, properties.heartbeatInterval());
    }

    @Override
    public void stop() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            try {
                // a beat under way would write the row again after it is deleted
                heartbeat.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            heartbeat = null;
        }
        try {
            jdbc.sql("delete from ledger_instance where instance_id = ?").param(self).update();
            log.info("Instance {} left", self);
        } catch (RuntimeException e) {
            // the others count it gone once its heartbeat is instanceTimeout old
            log.warn("Instance {} could not say goodbye: {}", self, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    /** Just before Axon's configuration: started before its processors, stopped after them. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }

    private void beatAndTell() {
        try {
            ClusterView current = beat();
            for (Consumer<ClusterView> listener : listeners) {
                listener.accept(current);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat tries again, and the others keep counting us
            // alive until instanceTimeout
            log.warn("Heartbeat of instance {} failed: {}", self, e.toString());
        }
    }

    private ClusterView beat() {
        if (jdbc.sql("update ledger_instance set last_seen = current_timestamp where instance_id = ?")
                .param(self).update() == 0) {
            jdbc.sql("insert into ledger_instance (instance_id, started_at, last_seen) "
                    + "values (?, current_timestamp, current_timestamp)").param(self).update();
        }
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        jdbc.sql("delete from ledger_instance where last_seen < ?").param(now.minus(FORGET_AFTER)).update();
        Set<String> live = new HashSet<>(jdbc.sql("select instance_id from ledger_instance where last_seen >= ?")
                .param(now.minus(properties.instanceTimeout())).query(String.class).list());
        live.add(self);
        Map<String, List<ClusterView.Claim>> claims = new LinkedHashMap<>();
        jdbc.sql("select processor_name, segment, owner from token_entry order by processor_name, segment")
                .query(row -> {
                    claims.computeIfAbsent(row.getString(1), p -> new ArrayList<>())
                            .add(new ClusterView.Claim(row.getInt(2), row.getString(3)));
                });
        view = new ClusterView(self, Set.copyOf(live), claims, stalled(claims, live, now.toInstant()));
        return view;
    }

    /** Processors with a segment that no live instance has held since longer than the timeout. */
    private Set<String> stalled(Map<String, List<ClusterView.Claim>> claims, Set<String> live, Instant now) {
        Set<String> unclaimed = new HashSet<>();
        Set<String> stalled = new HashSet<>();
        claims.forEach((processor, segments) -> segments.stream()
                .filter(claim -> claim.owner() == null || !live.contains(claim.owner()))
                .forEach(claim -> {
                    String key = processor + "#" + claim.segment();
                    unclaimed.add(key);
                    if (unclaimedSince.computeIfAbsent(key, k -> now)
                            .isBefore(now.minus(properties.unclaimedSegmentTimeout()))) {
                        stalled.add(processor);
                    }
                }));
        unclaimedSince.keySet().retainAll(unclaimed);
        return Set.copyOf(stalled);
    }
}
