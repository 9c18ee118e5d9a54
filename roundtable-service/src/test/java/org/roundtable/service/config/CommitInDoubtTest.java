package org.roundtable.service.config;

import org.junit.jupiter.api.Test;
import org.roundtable.service.faults.TryAgain;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A commit that loses its connection may have committed: it is told apart from one that surely did not. */
class CommitInDoubtTest {

    @Test
    void a_connection_lost_during_the_commit_makes_the_outcome_unknown() {
        Throwable failure = commitFailingWith(new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThat(TryAgain.of(failure)).contains(TryAgain.OUTCOME_UNKNOWN);
    }

    @Test
    void a_commit_refused_for_another_reason_is_no_doubt() {
        Throwable failure = commitFailingWith(new SQLException("deferred constraint violated", "23505"));

        assertThat(failure).isNotNull();
        assertThat(TryAgain.of(failure)).isEmpty();
    }

    /** Runs an empty transaction whose commit fails so, and whose rollback then fails on the closed connection. */
    private static Throwable commitFailingWith(SQLException onCommit) {
        var transactions = new TransactionTemplate(new TransactionConfiguration().transactionManager(
                dataSourceWhoseCommitFails(onCommit),
                new DefaultListableBeanFactory().getBeanProvider(TransactionManagerCustomizers.class)));
        return catchThrowable(() -> transactions.executeWithoutResult(status -> { }));
    }

    private static AbstractDataSource dataSourceWhoseCommitFails(SQLException onCommit) {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() {
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "commit" -> throw onCommit;
                            case "rollback" -> throw new SQLException("Connection is closed");
                            case "getAutoCommit", "isReadOnly", "isClosed" -> false;
                            case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                            case "unwrap" -> null;
                            case "isWrapperFor" -> false;
                            default -> null;
                        });
            }

            @Override
            public Connection getConnection(String username, String password) {
                return getConnection();
            }
        };
    }
}
