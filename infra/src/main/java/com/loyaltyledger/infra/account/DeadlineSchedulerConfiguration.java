package com.loyaltyledger.infra.account;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.loyaltyledger.infra.cluster.InstanceIdentity;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Persistent deadlines (hold expiry) with db-scheduler on the application's own database. Axon's
 * {@code AxonDbSchedulerAutoConfiguration} builds the deadline manager and the task once a {@link Scheduler}
 * bean exists; db-scheduler's own Spring Boot starter is not used (it does not support Spring Boot 4), so the
 * scheduler is built and started here. Its DataSource is transaction-aware, so a deadline is stored in the
 * transaction of the command that schedules it, and vanishes with it on rollback.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineSchedulerConfiguration {

    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(2);
    static final int MISSED_HEARTBEATS = 5;

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, LedgerProperties properties,
                                InstanceIdentity instance) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("scheduled_tasks")
                // picked executions name the instance, not just the host several instances may share
                .schedulerName(new SchedulerName.Fixed(instance.id()))
                .threads(2)
                .pollingInterval(properties.holds().expiryPollInterval())
                // an expiry picked by an instance that was then killed is taken up again once its heartbeat is
                // 10 s old; with db-scheduler's defaults (5 min, 6 missed) the hold stayed for half an hour
                .heartbeatInterval(HEARTBEAT_INTERVAL)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    SchedulerLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SchedulerLifecycle(deadlineScheduler);
    }

    /**
     * Starts polling once the whole application (Axon's processors included) is ready, and stops first on
     * shutdown, before Axon and the DataSource go.
     */
    static final class SchedulerLifecycle implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

        private final Scheduler scheduler;
        private volatile boolean running;
        private volatile boolean started;

        SchedulerLifecycle(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            if (!started) {
                started = true;
                scheduler.start();
            }
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            if (started) {
                scheduler.stop();
                started = false;
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE;
        }
    }
}
