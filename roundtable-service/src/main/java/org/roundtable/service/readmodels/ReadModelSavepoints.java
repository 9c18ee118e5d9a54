package org.roundtable.service.readmodels;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each read model's event handler inside a savepoint of the transaction it shares with the command (or
 * with its processor's batch). When the handler fails, its own writes are rolled back to the savepoint and
 * nothing else: the command's events and the other read models stay, and the failed event can be parked as
 * a dead letter in the same transaction. Without it, one failed statement on PostgreSQL aborts the whole
 * transaction, and partial writes of a failed handler would stay on H2.
 * <p>
 * A savepoint is a round trip to the database, and read models seldom fail. So a command first runs its read
 * models without savepoints; if one fails, the command is rolled back as a whole
 * ({@link ReadModelFailedInCommand}) and sent again with {@link #CAREFULLY} in its metadata, and this time
 * every handler runs in a savepoint. Everything that is not a command (a processor's batch, a rebuild, a
 * retry of parked events) always runs with savepoints.
 */
public class ReadModelSavepoints implements HandlerEnhancerDefinition {

    /** Command metadata: run this command's read models with savepoints. */
    public static final String CAREFULLY = "roundtable.readModels.carefully";

    private static final int KEPT_OPEN = 16;
    private static final Object SAVEPOINTS = new Object();

    private final DataSource dataSource;
    private final Set<Class<?>> projectionTypes;

    public ReadModelSavepoints(DataSource dataSource, Set<Class<?>> projectionTypes) {
        this.dataSource = dataSource;
        this.projectionTypes = Set.copyOf(projectionTypes);
    }

    private static boolean inACommandSentOptimistically() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().getMessage() instanceof CommandMessage<?> command
                && !Boolean.TRUE.equals(command.getMetaData().get(CAREFULLY));
    }

    /**
     * A savepoint left open costs nothing until its transaction ends, and releasing one is a round trip to the
     * database: a command's few are left to its commit. A long transaction (a rebuild, a processor's batch)
     * releases them once it has opened {@value #KEPT_OPEN}, so that the database is not left tracking
     * thousands of them.
     */
    private static boolean manySavepointsSoFar() {
        AtomicInteger opened = (AtomicInteger) TransactionSynchronizationManager.getResource(SAVEPOINTS);
        if (opened == null) {
            opened = new AtomicInteger();
            TransactionSynchronizationManager.bindResource(SAVEPOINTS, opened);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SAVEPOINTS);
                }
            });
        }
        return opened.incrementAndGet() > KEPT_OPEN;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!projectionTypes.contains(original.declaringClass())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                if (inACommandSentOptimistically()) {
                    try {
                        return super.handle(message, target);
                    } catch (Exception failure) {
                        throw new ReadModelFailedInCommand(original.declaringClass().getSimpleName(), failure);
                    }
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        Object result = super.handle(message, target);
                        if (manySavepointsSoFar()) {
                            connection.releaseSavepoint(savepoint);
                        }
                        return result;
                    } catch (Exception | Error failure) {
                        connection.rollback(savepoint);
                        throw failure;
                    }
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        };
    }
}
