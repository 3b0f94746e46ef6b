package com.loyaltyledger.infra.axon;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.ErrorDetails;
import com.loyaltyledger.api.common.Idempotent;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when that can only help, and never a business refusal (it would only be refused again):
 * <ul>
 *     <li>a conflict at the event store (two instances, or a stale cached aggregate, appending to one aggregate;
 *     two deliveries of one receipt): right away, a few times; the retry loads the aggregate afresh;</li>
 *     <li>a command that reached no handler (an instance just went away and Axon Server had no other for it yet,
 *     or Axon Server itself could not be reached): after a pause, for a few seconds;</li>
 *     <li>a command whose handler went away while handling it, so that its outcome is unknown: the same, but only
 *     an {@link Idempotent} one, which answers as the first time if the first time did happen.</li>
 * </ul>
 * What remains after that is answered 409 (conflict) or 503 (see {@code ApiExceptionHandler}).
 */
public final class CommandRetryScheduler implements RetryScheduler {

    /** Why a command failed, as far as sending it again is concerned. */
    public enum Failure { CONFLICT, NOT_DELIVERED, OUTCOME_UNKNOWN, FINAL }

    private static final Logger log = LoggerFactory.getLogger(CommandRetryScheduler.class);
    private static final int CONFLICT_RETRIES = 3;
    private static final long CONFLICT_PAUSE_MILLIS = 20;
    /** 100, 200, 400, 800 ms, then 1 s apart: about 6.5 s in all, longer than Axon Server needs to reroute. */
    private static final int UNAVAILABLE_RETRIES = 9;

    private final ScheduledExecutorService executor;

    CommandRetryScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        int attempt = failures.size();
        Failure failure = classify(lastFailure);
        long pause = switch (failure) {
            case CONFLICT -> attempt <= CONFLICT_RETRIES ? CONFLICT_PAUSE_MILLIS : -1;
            case NOT_DELIVERED -> unavailablePause(attempt);
            case OUTCOME_UNKNOWN -> commandMessage.getPayload() instanceof Idempotent ? unavailablePause(attempt) : -1;
            case FINAL -> -1;
        };
        if (pause < 0) {
            return false;
        }
        if (failure != Failure.CONFLICT) {
            log.info("{} failed ({}: {}); sending it again in {} ms", commandMessage.getPayloadType().getSimpleName(),
                    failure, lastFailure.getMessage(), pause);
        }
        try {
            executor.schedule(dispatchTask, pause, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    private static long unavailablePause(int attempt) {
        return attempt > UNAVAILABLE_RETRIES ? -1 : Math.min(1000, 100L << Math.min(attempt - 1, 4));
    }

    public static Failure classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || isConflict(cause)) {
                return Failure.CONFLICT;
            }
            if (cause instanceof CommandExecutionException) {
                // a handler answered: a refusal, or a failure of its own that a repeat would not mend
                return Failure.FINAL;
            }
            if (cause instanceof NoHandlerForCommandException || cause instanceof CommandDispatchException) {
                return Failure.NOT_DELIVERED;
            }
            if (cause instanceof AxonServerException || cause instanceof StatusRuntimeException) {
                return Failure.OUTCOME_UNKNOWN;
            }
        }
        return Failure.FINAL;
    }

    private static boolean isConflict(Throwable failure) {
        return failure instanceof CommandExecutionException execution && execution.getDetails()
                .filter(ErrorDetails.class::isInstance)
                .map(details -> ((ErrorDetails) details).code())
                .filter(CommonError.CONCURRENT_MODIFICATION.code()::equals)
                .isPresent();
    }
}
