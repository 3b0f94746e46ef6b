package com.loyaltyledger.infra.operations;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.infra.cluster.InstanceRegistry;
import com.loyaltyledger.infra.cluster.SegmentClaims;
import com.loyaltyledger.infra.projection.DeadLetters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event processors that keep read models: where each one is in the event stream, and a replay that rebuilds
 * a read model from the first event (after a bug fix in a projection, say). Commands keep working meanwhile;
 * the read model being rebuilt lags until the replay catches up. With several instances, each answers for its own
 * segments ({@code segments}, {@code position}, {@code caughtUp}) and shows who holds every segment ({@code claims},
 * {@code shares}, as its last heartbeat saw the token store).
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorController {

    private static final Logger log = LoggerFactory.getLogger(ProcessorController.class);

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;
    private final InstanceRegistry instances;

    ProcessorController(EventProcessingConfiguration processing, DeadLetters deadLetters,
                        InstanceRegistry instances) {
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.instances = instances;
    }

    /**
     * @param deadLetters events the read model could not apply, null for a processor that keeps none
     * @param instance the instance that answers; the fields up to {@code segments} are its own
     * @param totalSegments the processor's segments in the token store, whoever holds them
     */
    record ProcessorStatus(String name, String kind, boolean running, boolean error, boolean replaying,
                           boolean caughtUp, Long position, int segments, Long deadLetters, String instance,
                           int totalSegments, List<SegmentClaims.Segment> claims, Map<String, Integer> shares) {
    }

    @GetMapping
    List<ProcessorStatus> list() {
        return processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(this::status)
                .toList();
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<ProcessorStatus> replay(@PathVariable String name, Authentication caller) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() ->
                new DomainException(ProcessorError.NOT_FOUND, "No event processor " + name, Map.of("name", name)));
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new DomainException(ProcessorError.NOT_REPLAYABLE, name
                    + " handles events in the transaction that stores them; there is nothing to replay");
        }
        log.warn("{} replays processor {} from the first event", caller.getName(), name);
        streaming.shutdownAsync().join();
        try {
            streaming.resetTokens();
        } catch (UnableToClaimTokenException e) {
            throw new DomainException(ProcessorError.CLAIMED_ELSEWHERE, "Another instance holds segments of " + name
                    + "; replay it while this instance runs alone", Map.of("name", name));
        } finally {
            streaming.start();
        }
        return ResponseEntity.accepted().body(status(streaming));
    }

    private ProcessorStatus status(EventProcessor processor) {
        Long letters = deadLetters.keepsDeadLetters(processor.getName())
                ? deadLetters.count(processor.getName()) : null;
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), "subscribing", processor.isRunning(), processor.isError(),
                    false, true, null, 0, letters, instances.self(), 0, List.of(), Map.of());
        }
        SegmentClaims claims = instances.claims(processor.getName());
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        OptionalLong position = segments.stream()
                .map(segment -> segment.getCurrentPosition())
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        return new ProcessorStatus(processor.getName(), "streaming", processor.isRunning(), processor.isError(),
                segments.stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                position.isPresent() ? position.getAsLong() : null, segments.size(), letters, instances.self(),
                claims.segments(), claims.claims(), claims.shares());
    }
}
