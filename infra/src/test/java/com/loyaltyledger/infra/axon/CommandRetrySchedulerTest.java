package com.loyaltyledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltyledger.api.account.BlockAccountCommand;
import com.loyaltyledger.api.account.RecordPostingCommand;
import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorDetails;
import io.axoniq.axonserver.grpc.ErrorMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which failed commands the gateway sends again, and how often. */
class CommandRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final CommandRetryScheduler scheduler = new CommandRetryScheduler(executor);
    private final AtomicInteger dispatched = new AtomicInteger();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static final CommandMessage<?> POSTING = GenericCommandMessage.asCommandMessage(
            new RecordPostingCommand("account-1", "tx-1", null, null, null, null));
    private static final CommandMessage<?> BLOCK = GenericCommandMessage.asCommandMessage(
            new BlockAccountCommand("account-1", "fraud"));

    /** How many times the scheduler sends {@code command} again when it fails with {@code failure} every time. */
    private int retries(CommandMessage<?> command, RuntimeException failure) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        while (true) {
            failures.add(new Class[] {failure.getClass()});
            if (!scheduler.scheduleRetry(command, failure, failures, dispatched::incrementAndGet)) {
                int retried = failures.size() - 1;
                Awaitility.await().until(() -> dispatched.get() == retried);
                return retried;
            }
        }
    }

    @Test
    void aConflictIsRetriedAFewTimesWhereverTheCommandRan() {
        assertThat(retries(BLOCK, new ConcurrencyException("lost the race"))).isEqualTo(3);
        dispatched.set(0);
        CommandExecutionException remote = new CommandExecutionException("conflict", null,
                LocalCommandBus.conflictDetails());
        assertThat(retries(BLOCK, remote)).isEqualTo(3);
    }

    @Test
    void aRefusalIsNeverRetried() {
        CommandExecutionException refusal = new CommandExecutionException("blocked", null, new ErrorDetails(
                "account.blocked", ErrorCategory.CONFLICT, "blocked", List.of(), Map.of()));
        assertThat(retries(POSTING, refusal)).isZero();
        assertThat(CommandRetryScheduler.classify(refusal)).isEqualTo(CommandRetryScheduler.Failure.FINAL);
    }

    @Test
    void aCommandThatReachedNoHandlerIsRetriedForSeconds() {
        NoHandlerForCommandException noHandler = new NoHandlerForCommandException("no handler yet");
        assertThat(CommandRetryScheduler.classify(noHandler)).isEqualTo(CommandRetryScheduler.Failure.NOT_DELIVERED);
        assertThat(retries(BLOCK, noHandler)).isEqualTo(9);
    }

    @Test
    void aCommandWhoseHandlerDiedIsRetriedOnlyWhenItIsIdempotent() {
        // what the connector makes of Axon Server's "connection lost while executing command"
        RuntimeException handlerLost = ErrorCode.OTHER.convert(ErrorMessage.newBuilder()
                .setMessage("Connection lost while executing command on: b").build());
        assertThat(handlerLost).isInstanceOf(AxonServerException.class);
        assertThat(CommandRetryScheduler.classify(handlerLost))
                .isEqualTo(CommandRetryScheduler.Failure.OUTCOME_UNKNOWN);
        assertThat(retries(POSTING, handlerLost)).isEqualTo(9);
        dispatched.set(0);
        assertThat(retries(BLOCK, handlerLost)).isZero();
    }
}
