package org.roundtable.service.readmodels;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.roundtable.service.faults.TryAgain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a read model fails on an event: the event is parked (never skipped), the attempt is
 * counted in its diagnostics for the back-off, the failure is logged, and the metric
 * {@code roundtable.read_model.failures} counts it. A failure that only says the database is out of reach
 * is not the read model's: it is passed on, and the whole command (or batch) fails and is tried again.
 */
public class ReadModelFailures {

    private static final Logger log = LoggerFactory.getLogger(ReadModelFailures.class);
    private static final int MAX_CAUSE_LENGTH = 1000;

    private final MeterRegistry meters;

    public ReadModelFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    /** The policy for one read model's dead-letter queue. */
    public EnqueuePolicy<EventMessage<?>> policyFor(String readModel) {
        return (letter, cause) -> {
            if (cause instanceof ReadModelFailedInCommand fastPath) {
                throw fastPath; // the command is sent again, with savepoints, and then the event is parked
            }
            if (TryAgain.of(cause).isPresent()) {
                // The database is out of reach or busy: not a fault of the read model. The command cannot
                // commit either; it fails as a whole and its client is told to try again.
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
            int attempts = DeadLetters.attempts(letter.diagnostics()) + 1;
            meters.counter("roundtable.read_model.failures", "read_model", readModel).increment();
            log.error("Read model {} failed on event {} ({}), attempt {}: the event is parked until it is retried",
                    readModel, letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                    attempts, cause);
            EnqueueDecision<EventMessage<?>> decision = Decisions.enqueue(truncated(cause),
                    parked -> parked.diagnostics().and(DeadLetters.ATTEMPTS, attempts));
            return decision;
        };
    }

    private static Throwable truncated(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        if (message.length() <= MAX_CAUSE_LENGTH) {
            return cause;
        }
        return new RuntimeException(message.substring(0, MAX_CAUSE_LENGTH), cause);
    }
}
