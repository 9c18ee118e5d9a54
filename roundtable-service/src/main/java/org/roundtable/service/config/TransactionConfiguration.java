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

            /** The commit of this thread's transaction that lost its connection, until the transaction is done. */
            private final ThreadLocal<CommitInDoubt> inDoubt = new ThreadLocal<>();

            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                try {
                    super.doCommit(status);
                } catch (RuntimeException failure) {
                    if (TryAgain.of(failure).orElse(null) == TryAgain.UNAVAILABLE) {
                        CommitInDoubt doubt = new CommitInDoubt(failure);
                        inDoubt.set(doubt);
                        throw doubt;
                    }
                    throw failure;
                }
            }

            /**
             * After a failed commit Spring rolls back, and on a broken connection that fails too; Spring then
             * throws the rollback's failure and only logs the commit's. The doubt must not be lost with it.
             */
            @Override
            protected void doRollback(DefaultTransactionStatus status) {
                try {
                    super.doRollback(status);
                } catch (RuntimeException failure) {
                    CommitInDoubt doubt = inDoubt.get();
                    if (doubt != null) {
                        doubt.addSuppressed(failure);
                        throw doubt;
                    }
                    throw failure;
                }
            }

            @Override
            protected void doCleanupAfterCompletion(Object transaction) {
                inDoubt.remove();
                super.doCleanupAfterCompletion(transaction);
            }
        };
        customizers.ifAvailable(c -> c.customize(transactionManager));
        return transactionManager;
    }
}
