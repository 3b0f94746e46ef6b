package com.loyaltyledger.infra.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Makes a stuck or frozen read model impossible to miss. The health endpoint's {@code eventProcessors} is DOWN while
 * a processor is in error (it retries a batch that keeps failing: the policies and the saga, which never skip an
 * event) or has stopped, and DEGRADED (still HTTP 200: the ledger itself works) while a projection holds dead
 * letters; each processor's state and dead letters are in the details. Prometheus gets the same per processor:
 * {@code ledger_processor_dead_letters} and {@code ledger_processor_in_error}.
 */
@Component("eventProcessors")
class ProcessorHealth implements HealthIndicator, MeterBinder {

    static final Status DEGRADED = new Status("DEGRADED", "A read model holds dead letters");

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    ProcessorHealth(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        boolean stuck = false;
        long letters = 0;
        Map<String, Object> details = new TreeMap<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("running", processor.isRunning());
            state.put("error", processor.isError());
            stuck |= processor.isError() || !processor.isRunning();
            if (deadLetters.keepsDeadLetters(processor.getName())) {
                long count = deadLetters.count(processor.getName());
                state.put("deadLetters", count);
                letters += count;
            }
            details.put(processor.getName(), state);
        }
        Health.Builder health = stuck ? Health.down() : letters > 0 ? Health.status(DEGRADED) : Health.up();
        return health.withDetails(details).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : processing.eventProcessors().keySet()) {
            Gauge.builder("ledger.processor.in_error", () -> processing.eventProcessor(name)
                            .map(processor -> processor.isError() || !processor.isRunning() ? 1 : 0).orElse(1))
                    .description("1 while the event processor is in error (retrying a failing batch) or stopped")
                    .tag("processor", name).register(registry);
        }
        for (String name : deadLetters.processors()) {
            Gauge.builder("ledger.processor.dead_letters", () -> deadLetters.count(name))
                    .description("Events the processor's read model could not apply, waiting in its dead-letter queue")
                    .tag("processor", name).register(registry);
        }
    }
}
