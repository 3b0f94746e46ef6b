package com.loyaltyledger.infra.operations;

import com.loyaltyledger.api.common.DomainException;
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
 * the read model being rebuilt lags until the replay catches up.
 */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorController {

    private static final Logger log = LoggerFactory.getLogger(ProcessorController.class);

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    ProcessorController(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    /** {@code deadLetters}: events the read model could not apply, null for a processor that keeps none. */
    record ProcessorStatus(String name, String kind, boolean running, boolean error, boolean replaying,
                           boolean caughtUp, Long position, int segments, Long deadLetters) {
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
        streaming.resetTokens();
        streaming.start();
        return ResponseEntity.accepted().body(status(streaming));
    }

    private ProcessorStatus status(EventProcessor processor) {
        Long letters = deadLetters.keepsDeadLetters(processor.getName())
                ? deadLetters.count(processor.getName()) : null;
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), "subscribing", processor.isRunning(), processor.isError(),
                    false, true, null, 0, letters);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        OptionalLong position = segments.stream()
                .map(segment -> segment.getCurrentPosition())
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        return new ProcessorStatus(processor.getName(), "streaming", processor.isRunning(), processor.isError(),
                segments.stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                position.isPresent() ? position.getAsLong() : null, segments.size(), letters);
    }
}
