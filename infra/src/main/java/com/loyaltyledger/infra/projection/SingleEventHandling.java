package com.loyaltyledger.infra.projection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's events handled one at a time, each in a transaction of its own: how a batch that failed is taken
 * apart (the event that still fails alone is dead-lettered with its cause and the processor moves on), and how a
 * dead letter is retried (the letter is evicted in the transaction that applies it). Handling one event alone also
 * makes its writes happen inside that transaction, so a failure at the flush belongs to that event.
 */
final class SingleEventHandling {

    private static final Logger log = LoggerFactory.getLogger(SingleEventHandling.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    SingleEventHandling(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** What retrying a sequence of dead letters did: letters applied and evicted, and the failure that stopped it. */
    record Retry(int applied, String failure) {
    }

    /**
     * Handles the events of a batch that failed, one by one in their order, each committed with the processor's
     * token up to it. An event whose aggregate already waits in the dead-letter queue joins it there, so that the
     * aggregate's read model never applies its events out of order. A failure of the database itself (unreachable,
     * a deadlock) is thrown: the processor keeps its position and retries, rather than dead-letter good events.
     */
    void isolate(String processor, List<? extends EventMessage<?>> batch) {
        Projection projection = projection(processor);
        for (EventMessage<?> event : batch) {
            TrackingToken token = ((TrackedEventMessage<?>) event).trackingToken();
            Object sequence = projection.sequenceOf(event);
            int segment = projection.segmentOf(sequence);
            Throwable failure = alone(projection, event, () -> {
                if (projection.queue().contains(sequence)) {
                    projection.queue().enqueue(sequence, new GenericDeadLetter<>(sequence, event));
                } else {
                    projection.handle(event);
                }
                projection.storeToken(token, segment);
            });
            if (failure != null && DeadLetterCauses.isTransient(failure)) {
                // the database, not the event: the processor retries from here with back-off
                throw new IllegalStateException(processor + " could not reach its database", failure);
            }
            if (failure != null) {
                log.warn("{} cannot apply event {} ({} of {}); it is dead-lettered and the processor moves on: {}",
                        processor, event.getIdentifier(), event.getPayloadType().getSimpleName(), sequence,
                        DeadLetterCauses.of(failure).message());
                projection.transactions().executeInTransaction(() -> {
                    projection.queue().enqueue(sequence,
                            new GenericDeadLetter<>(sequence, event).withCause(DeadLetterCauses.of(failure)));
                    projection.storeToken(token, segment);
                });
            }
        }
    }

    /**
     * Applies the dead letters of one sequence in their order, evicting each in the transaction that applies it,
     * until the sequence is empty or a letter fails again (it stays, with the new cause and time).
     */
    Retry retry(String processor, String sequence) {
        Projection projection = projection(processor);
        int applied = 0;
        while (true) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters =
                    projection.queue().deadLetterSequence(sequence).iterator();
            if (!letters.hasNext()) {
                return new Retry(applied, null);
            }
            JdbcDeadLetter<?> letter = (JdbcDeadLetter<?>) letters.next();
            Throwable failure = alone(projection, letter.message(), () -> {
                // the row lock keeps two retries (on this instance or another) from applying one letter twice
                if (!jdbc.queryForList("select dead_letter_id from dead_letter_entry where dead_letter_id = ? "
                        + "for update", String.class, letter.getIdentifier()).isEmpty()) {
                    projection.handle(letter.message());
                    projection.queue().evict(letter);
                }
            });
            if (failure != null) {
                String cause = DeadLetterCauses.of(failure).message();
                projection.transactions().executeInTransaction(() -> projection.queue().requeue(letter,
                        l -> l.withCause(DeadLetterCauses.of(failure))));
                return new Retry(applied, cause);
            }
            applied++;
        }
    }

    /** Removes one dead letter: its event will not be applied to the read model (until a replay). */
    boolean evict(String processor, String sequence, String letterId) {
        Projection projection = projection(processor);
        for (DeadLetter<? extends EventMessage<?>> letter : projection.queue().deadLetterSequence(sequence)) {
            if (letter instanceof JdbcDeadLetter<?> stored && stored.getIdentifier().equals(letterId)) {
                projection.transactions().executeInTransaction(() -> projection.queue().evict(letter));
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} for one event in a unit of work and transaction of its own; the failure, or null. */
    private static Throwable alone(Projection projection, EventMessage<?> event, Work work) {
        UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.attachTransaction(projection.transactions());
        var result = unitOfWork.executeWithResult(() -> {
            work.run();
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        return result.isExceptional() ? result.exceptionResult() : null;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private Projection projection(String processor) {
        StreamingEventProcessor streaming = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + processor));
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processor)
                .orElseThrow(() -> new IllegalStateException(processor + " has no dead-letter queue"));
        List<EventMessageHandler> handlers = new ArrayList<>();
        collectHandlers(((AbstractEventProcessor) streaming).eventHandlerInvoker(), handlers);
        return new Projection(processor, streaming, queue, handlers, processing);
    }

    private static void collectHandlers(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collectHandlers(delegate, handlers));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            handlers.addAll(simple.eventHandlers());
        }
    }

    /** One projection's processor, its queue and its handlers (the read models' classes), as Axon wired them. */
    private record Projection(String name, StreamingEventProcessor processor,
                              SequencedDeadLetterQueue<EventMessage<?>> queue, List<EventMessageHandler> handlers,
                              EventProcessingConfiguration processing) {

        TransactionManager transactions() {
            return processing.transactionManager(name);
        }

        /** The sequence the dead-letter queue files an event under: its aggregate, as the processor orders them. */
        Object sequenceOf(EventMessage<?> event) {
            Object sequence = processing.sequencingPolicy(name).getSequenceIdentifierFor(event);
            return sequence != null ? sequence : event.getIdentifier();
        }

        /** The segment this instance claims that handles the sequence: the one whose token the event moves. */
        int segmentOf(Object sequence) {
            return processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                    .filter(segment -> segment.matches(Objects.hashCode(sequence))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + " claims no segment for " + sequence))
                    .getSegmentId();
        }

        void storeToken(TrackingToken token, int segment) {
            processing.tokenStore(name).storeToken(token, name, segment);
        }

        void handle(EventMessage<?> event) throws Exception {
            for (EventMessageHandler handler : handlers) {
                handler.handle(event);
            }
        }
    }
}
