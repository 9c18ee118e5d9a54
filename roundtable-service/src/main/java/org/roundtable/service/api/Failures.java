package org.roundtable.service.api;

import org.roundtable.service.readmodels.ServiceBusy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells, from a failure and its causes, whether the service could not answer because the database could not
 * be reached (or is starting, or shutting down), or because it was busy (a lock it waited too long for, a
 * deadlock): both are answered 503, try again. Anything else that is not a refusal is a fault of the service.
 */
final class Failures {

    /** Why a request could not be served now. */
    enum TryAgain {
        UNAVAILABLE("database-unavailable", "the database cannot be reached; nothing was changed, please try again"),
        BUSY("busy", "the service is busy; nothing was changed, please try again");

        final String code;
        final String detail;

        TryAgain(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }
    }

    /** Lock not available, serialization failure, deadlock: another transaction was in the way. */
    private static final Set<String> BUSY_STATES = Set.of("55P03", "40001", "40P01", "HYT00");

    private Failures() {
    }

    static Optional<TryAgain> tryAgain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ServiceBusy || cause instanceof PessimisticLockingFailureException) {
                return Optional.of(TryAgain.BUSY);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && BUSY_STATES.contains(sql.getSQLState())) {
                return Optional.of(TryAgain.BUSY);
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return Optional.of(TryAgain.UNAVAILABLE);
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return Optional.of(TryAgain.UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    /** SQLState class 08 (connection exception), 57P0x (shutting down, starting up), 53300 (too many connections). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
    }

    /** The first cause of the given type, if any. */
    static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
