package org.roundtable.service.config;


import org.roundtable.core.sessions.Session;
import org.roundtable.service.idempotency.IdempotentRequests;
import org.roundtable.service.readmodels.CommandGate;
import org.roundtable.service.sessions.DecisionsAtTheTable;
import org.roundtable.service.storage.AggregateLock;
import org.roundtable.service.storage.CommandTargets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.Optional;

/**
 * What every command passes through on the command bus, in this order (their {@code getOrder()}), inside
 * the command's transaction: the {@link CommandGate} (held closed while a read model is rebuilt), the
 * {@link AggregateLock} on PostgreSQL (commands on one case take turns across instances), then
 * {@link IdempotentRequests} (a repeated Idempotency-Key answers the first answer and writes nothing), then
 * {@link DecisionsAtTheTable} (a decision taken in a session holds that session, which must be taking decisions).
 * Axon's auto-configuration registers every handler-interceptor bean on the command bus.
 */
@Configuration(proxyBeanMethods = false)
class CommandsConfiguration {

    @Bean
    IdempotentRequests idempotentRequests(JdbcClient jdbc, Clock clock, RoundtableProperties properties) {
        return new IdempotentRequests(jdbc, clock, properties.idempotency().retention());
    }

    @Bean
    @ConditionalOnPostgres
    AggregateLock aggregateLock(JdbcClient jdbc, CommandTargets targets) {
        return new AggregateLock(jdbc, targets);
    }

    @Bean
    DecisionsAtTheTable decisionsAtTheTable(ObjectProvider<org.axonframework.config.Configuration> axon,
                                            Optional<AggregateLock> locks, Clock clock) {
        return new DecisionsAtTheTable(() -> axon.getObject().repository(Session.class), locks, clock);
    }

    /** Which aggregate each command targets; the aggregates' command handlers use it too. */
    @Bean
    CommandTargets commandTargets() {
        return new CommandTargets();
    }

    @Bean
    ExpiredKeyCleanup expiredKeyCleanup(IdempotentRequests idempotentRequests) {
        return new ExpiredKeyCleanup(idempotentRequests);
    }

    /** Deletes expired Idempotency-Keys every hour; on several instances, each does, harmlessly. */
    static class ExpiredKeyCleanup {

        private final IdempotentRequests idempotentRequests;

        ExpiredKeyCleanup(IdempotentRequests idempotentRequests) {
            this.idempotentRequests = idempotentRequests;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
        void deleteExpired() {
            idempotentRequests.deleteExpired();
        }
    }
}
