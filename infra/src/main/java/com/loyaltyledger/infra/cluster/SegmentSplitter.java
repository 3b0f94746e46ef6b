package com.loyaltyledger.infra.cluster;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Gives every instance a segment to work on: when a processor has fewer segments than there are live instances,
 * the owner of its largest segment splits it (see {@link ClusterView#segmentToSplit}); the fair share then makes
 * it give one half away. Segments are not merged again when instances leave: a single instance runs a few
 * segments about as fast as one (see "Scaling out" in the README).
 */
final class SegmentSplitter {

    private static final Logger log = LoggerFactory.getLogger(SegmentSplitter.class);

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Map<String, CompletableFuture<Boolean>> splitting = new ConcurrentHashMap<>();

    SegmentSplitter(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    void balance(ClusterView view) {
        processing.getObject().eventProcessors().values().stream()
                .filter(PooledStreamingEventProcessor.class::isInstance)
                .map(PooledStreamingEventProcessor.class::cast)
                .filter(PooledStreamingEventProcessor::isRunning)
                .forEach(processor -> view.segmentToSplit(processor.getName())
                        .filter(segment -> processor.processingStatus().containsKey(segment))
                        .ifPresent(segment -> split(processor, segment, view)));
    }

    private void split(PooledStreamingEventProcessor processor, int segment, ClusterView view) {
        CompletableFuture<Boolean> running = splitting.get(processor.getName());
        if (running != null && !running.isDone()) {
            return;
        }
        log.info("Splitting segment {} of {}: {} live instances, {} segment(s)", segment, processor.getName(),
                view.live().size(), view.segments(processor.getName()));
        splitting.put(processor.getName(), processor.splitSegment(segment).whenComplete((done, failure) -> {
            if (failure != null || !Boolean.TRUE.equals(done)) {
                log.warn("Segment {} of {} was not split; the next heartbeat tries again", segment,
                        processor.getName(), failure);
            }
        }));
    }
}
