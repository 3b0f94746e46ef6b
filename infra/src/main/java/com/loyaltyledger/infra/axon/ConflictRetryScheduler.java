package com.loyaltyledger.infra.axon;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost a race at the event store — two instances (or a stale aggregate cache) appending to
 * one aggregate, or two deliveries of one receipt — and nothing else: a business refusal would only be refused
 * again. On the retry the aggregate is loaded afresh and sees what the winner did.
 */
final class ConflictRetryScheduler extends IntervalRetryScheduler {

    ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, long intervalMillis) {
        super(IntervalRetryScheduler.builder().retryExecutor(executor).maxRetryCount(maxRetries)
                .retryInterval((int) intervalMillis));
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }
}
