package org.roundtable.service.deadlines;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.serialization.Serializer;
import org.roundtable.service.config.RoundtableProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Axon's deadline manager on db-scheduler, in the table {@code scheduled_tasks} (created by Flyway):
 * <ul>
 *     <li>a deadline is written in the transaction of the command that schedules it (db-scheduler's data source
 *     joins the Spring transaction), so a command that rolls back leaves no deadline and one that commits never
 *     lacks it;</li>
 *     <li>each instance looks for due deadlines every {@code roundtable.deadlines.polling-interval}; db-scheduler
 *     lets exactly one instance pick each one, and a deadline whose handling failed is tried again later;</li>
 *     <li>"now" is the service's one clock, so that a test that moves the clock moves the deadlines with it;</li>
 *     <li>a deadline's details are readable JSON ({@link ReadableTaskData}), its payload written by Axon's
 *     serializer.</li>
 * </ul>
 * Axon's own auto-configuration for db-scheduler is switched off in {@code application.yml}: this is the one
 * place the deadline manager is made.
 */
@Configuration(proxyBeanMethods = false)
class DeadlinesConfiguration {

    /** Hands the deadline manager to db-scheduler's task, which exists before it. */
    @Bean
    DbSchedulerDeadlineManagerSupplier deadlineManagerSupplier() {
        return new DbSchedulerDeadlineManagerSupplier();
    }

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, Clock clock, RoundtableProperties properties,
                                DbSchedulerDeadlineManagerSupplier deadlineManager) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        DbSchedulerDeadlineManager.humanReadableTask(deadlineManager))
                .tableName("scheduled_tasks")
                .serializer(new ReadableTaskData())
                .clock(clock::instant)
                .alwaysPersistTimestampInUTC()
                .commitWhenAutocommitDisabled(false)
                .pollingInterval(properties.deadlines().pollingInterval())
                .threads(2)
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactionManager,
                                    DbSchedulerDeadlineManagerSupplier supplier) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .useBinaryPojo(false) // the details as text, to match the human-readable task above
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        supplier.set(manager);
        return manager;
    }

    /** Starts looking for due deadlines once everything else has started, and stops first. */
    @Bean
    SmartLifecycle deadlinePolling(Scheduler deadlineScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
