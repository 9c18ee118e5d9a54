package org.roundtable.service.config;

import org.roundtable.service.faults.CommitInDoubt;
import org.roundtable.service.faults.TryAgain;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import javax.sql.DataSource;

/**
 * The one transaction manager (Axon's units of work run in it too), which tells a commit whose outcome is
 * unknown from one that failed: when the connection breaks during the commit itself, the transaction may
 * well have committed, and saying "nothing was changed" would be a lie.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager transactionManager = new JdbcTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                try {
                    super.doCommit(status);
                } catch (RuntimeException failure) {
                    if (TryAgain.of(failure).orElse(null) == TryAgain.UNAVAILABLE) {
                        throw new CommitInDoubt(failure);
                    }
                    throw failure;
                }
            }
        };
        customizers.ifAvailable(c -> c.customize(transactionManager));
        return transactionManager;
    }
}
