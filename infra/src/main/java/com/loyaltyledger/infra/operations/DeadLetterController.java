package com.loyaltyledger.infra.operations;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.PageRequest;
import com.loyaltyledger.infra.projection.DeadLetters;
import com.loyaltyledger.infra.web.Paging;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A projection's dead letters: the events its read model could not apply, each freezing its aggregate's read model
 * (later events of that aggregate wait behind it). List them, retry one aggregate's letters or all (after fixing
 * the cause, e.g. a bug in a projection), or evict one, whose event the read model then never sees (until a
 * replay rebuilds it).
 */
@RestController
@RequestMapping("/api/v1/admin/processors/{name}/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;

    DeadLetterController(DeadLetters deadLetters, EventProcessingConfiguration processing) {
        this.deadLetters = deadLetters;
        this.processing = processing;
    }

    @GetMapping
    DeadLetters.Page list(@PathVariable String name,
                          @RequestParam(defaultValue = Paging.DEFAULT_PAGE) int page,
                          @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest request = Paging.of(page, size);
        return deadLetters.list(queueOf(name), page, size, request.offset());
    }

    /** Applies the dead letters of the aggregate this letter belongs to, from the first one on, in order. */
    @PostMapping("/{id}/retry")
    DeadLetters.RetryOutcome retry(@PathVariable String name, @PathVariable String id, Authentication caller) {
        DeadLetters.Letter letter = letter(name, id);
        log.warn("{} retries the dead letters of {} in {}", caller.getName(), letter.sequence(), name);
        return deadLetters.retry(name, letter);
    }

    @PostMapping("/retry")
    DeadLetters.RetryOutcome retryAll(@PathVariable String name, Authentication caller) {
        String processor = queueOf(name);
        log.warn("{} retries every dead letter of {}", caller.getName(), processor);
        return deadLetters.retryAll(processor);
    }

    /** Cannot be undone: the read model will not see this event. Asks for {@code confirm=true}. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> evict(@PathVariable String name, @PathVariable String id,
                               @RequestParam(defaultValue = "false") boolean confirm, Authentication caller) {
        DeadLetters.Letter letter = letter(name, id);
        if (!confirm) {
            throw DomainException.invalidField("confirm", "Evicting a dead letter cannot be undone: the " + name
                    + " read model will not apply event " + letter.eventId() + " (" + letter.eventType()
                    + "); repeat with confirm=true to evict it");
        }
        if (!deadLetters.evict(name, letter)) {
            throw notFound(name, id);
        }
        log.warn("{} evicted dead letter {} (event {}, {}) of {}", caller.getName(), id, letter.eventId(),
                letter.eventType(), name);
        return ResponseEntity.noContent().build();
    }

    private DeadLetters.Letter letter(String name, String id) {
        return deadLetters.find(queueOf(name), id).orElseThrow(() -> notFound(name, id));
    }

    private String queueOf(String name) {
        if (processing.eventProcessor(name).isEmpty()) {
            throw new DomainException(ProcessorError.NOT_FOUND, "No event processor " + name, Map.of("name", name));
        }
        if (!deadLetters.keepsDeadLetters(name)) {
            throw new DomainException(ProcessorError.NO_DEAD_LETTERS, name + " keeps no dead letters: it retries "
                    + "a failed event until it succeeds", Map.of("name", name));
        }
        return name;
    }

    private static DomainException notFound(String name, String id) {
        return new DomainException(ProcessorError.DEAD_LETTER_NOT_FOUND, "No dead letter " + id + " in " + name,
                Map.of("name", name, "id", id));
    }
}
