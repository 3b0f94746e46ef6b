package com.loyaltyledger.infra.projection;

import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projections that data cannot stop. Every processor with a dead-letter queue ({@code dlq.enabled}) gets:
 * <ul>
 *     <li>an error handler that takes a failed batch apart: a batch fails as a whole when a write fails at its flush
 *     (the journal's batch insert, Hibernate's flush at commit) or, on PostgreSQL, when any statement in it fails,
 *     since the transaction is then aborted and not even the dead letter can be written in it. Each event of the
 *     batch is then handled alone, in its own transaction with its token; the one that still fails is
 *     dead-lettered with its cause, and the processor carries on after it;</li>
 *     <li>an enqueue policy that keeps only a clean cause (see {@link DeadLetterCauses});</li>
 *     <li>a JDBC dead-letter queue that holds far more sequences than Axon's default 1,024, beyond which an
 *     enqueue fails and the processor would stop.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionResilienceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProjectionResilienceConfiguration.class);

    /** Aggregates a queue may hold frozen, and dead letters one of them may collect. */
    static final int MAX_SEQUENCES = 1_000_000;
    static final int MAX_SEQUENCE_SIZE = 100_000;

    @Bean
    ConfigurerModule projectionsIsolateFailedBatches(EventProcessorProperties properties,
                                                     ObjectProvider<JdbcTemplate> jdbc) {
        List<String> processors = deadLetteringProcessors(properties);
        return configurer -> {
            configurer.eventProcessing().registerDefaultDeadLetterPolicy(configuration ->
                    (letter, cause) -> Decisions.enqueue(DeadLetterCauses.of(cause)));
            for (String processor : processors) {
                configurer.eventProcessing().registerErrorHandler(processor, configuration -> {
                    SingleEventHandling single = new SingleEventHandling(
                            configuration.eventProcessingConfiguration(), jdbc.getObject());
                    return error -> {
                        log.warn("A batch of {} events of {} failed; handling them one at a time: {}",
                                error.failedEvents().size(), processor,
                                DeadLetterCauses.of(error.error()).message());
                        single.isolate(processor, error.failedEvents());
                    };
                });
            }
        };
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties properties, ConnectionProvider connectionProvider,
            TransactionManager transactionManager, DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer genericSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(properties, processingGroup -> configuration ->
                JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .maxSequences(MAX_SEQUENCES)
                        .maxSequenceSize(MAX_SEQUENCE_SIZE)
                        .build());
    }

    @Bean
    SingleEventHandling singleEventHandling(EventProcessingConfiguration processing,
                                            JdbcTemplate jdbc) {
        return new SingleEventHandling(processing, jdbc);
    }

    static List<String> deadLetteringProcessors(EventProcessorProperties properties) {
        return properties.getProcessors().entrySet().stream()
                .filter(entry -> entry.getValue().getDlq().isEnabled())
                .map(Map.Entry::getKey).sorted().toList();
    }
}
