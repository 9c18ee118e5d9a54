package org.roundtable.service.faults;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why a request could not be served now, told from a failure and its causes: the database could not be
 * reached (or is starting, or shutting down), the service was busy (a lock it waited too long for, a
 * deadlock), or the database went away during the commit itself ({@link CommitInDoubt}). All are answered
 * 503, try again. Anything else that is not a refusal is a fault of the service.
 */
public enum TryAgain {
    UNAVAILABLE("database-unavailable", "the database cannot be reached; nothing was changed, please try again"),
    BUSY("busy", "the service is busy; nothing was changed, please try again"),
    OUTCOME_UNKNOWN("outcome-unknown", "the database went away while this command was being committed, so it may "
            + "or may not have been carried out; send it again with the same Idempotency-Key to learn which "
            + "(without a key, look before you send it again)");

    private final String code;
    private final String detail;

    TryAgain(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    /** The problem code, such as {@code database-unavailable}. */
    public String code() {
        return code;
    }

    /** What the client is told. */
    public String detail() {
        return detail;
    }

    /** Lock not available, serialization failure, deadlock: another transaction was in the way. */
    private static final Set<String> BUSY_STATES = Set.of("55P03", "40001", "40P01", "HYT00");

    /** Why this failure means "try again", if it does. */
    public static Optional<TryAgain> of(Throwable failure) {
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(CommitInDoubt.class::isInstance)) {
            return Optional.of(OUTCOME_UNKNOWN);
        }
        for (Throwable cause : causes) {
            if (cause instanceof ServiceBusy || cause instanceof PessimisticLockingFailureException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && BUSY_STATES.contains(sql.getSQLState())) {
                return Optional.of(BUSY);
            }
        }
        for (Throwable cause : causes) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByThePool(sql))) {
                return Optional.of(UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    /**
     * Every cause of a failure, the failure first: its cause chain, and where a rollback or cleanup failed
     * after it, the failure that caused the rollback (Spring keeps it as the application exception).
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure == null) {
            return causes;
        }
        pending.add(failure);
        while (!pending.isEmpty() && causes.size() < 50) {
            Throwable next = pending.poll();
            if (next == null || causes.contains(next)) {
                continue;
            }
            causes.add(next);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                pending.add(rollback.getApplicationException());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return causes;
    }

    /**
     * The pool closed this connection because the database broke it (it then answers every call with this
     * exception, which has no SQLState): the database went away under a request.
     */
    private static boolean isClosedByThePool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())
                && Arrays.stream(sql.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection"));
    }

    /** SQLState class 08 (connection exception), 57P0x (shutting down, starting up), 53300 (too many connections). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
    }

    /** The first cause of the given type, if any. */
    public static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        return causes(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
