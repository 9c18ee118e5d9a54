package org.roundtable.service.readmodels;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.roundtable.projections.ReadModel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The events a read model failed on, parked in order per case (Axon's dead-letter queue, in the database),
 * and how they are tried again. While a case has a parked event in a read model, that read model's later
 * events for the case are parked behind it, so nothing is applied out of order and nothing is skipped.
 */
public class DeadLetters {

    /** The diagnostic that counts how often a parked event has been tried. */
    public static final String ATTEMPTS = "attempts";

    private final ReadModels readModels;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public DeadLetters(ReadModels readModels, EventProcessingConfiguration processing, Clock clock,
                       Duration firstDelay, Duration maxDelay) {
        this.readModels = readModels;
        this.processing = processing;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** How many events the read model has parked. */
    public long count(String readModel) {
        return queue(readModel).size();
    }

    /** The parked events of a read model, oldest first per case, without their payloads. */
    public List<Parked> list(String readModel) {
        List<Parked> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(readModel).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                parked.add(new Parked(letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                        letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null),
                        attempts(letter.diagnostics()), letter.enqueuedAt(), letter.lastTouched()));
            }
        }
        return parked;
    }

    /** Tries every parked event of the read model now, case by case; answers how many cases came through. */
    public int retryAll(String readModel) {
        return retry(readModel, letter -> true);
    }

    /** Tries the parked events whose back-off has passed, in every read model; answers how many cases came through. */
    public int retryDue() {
        Instant now = clock.instant();
        int recovered = 0;
        for (ReadModel model : readModels.all()) {
            if (count(model.name()) > 0) {
                recovered += retry(model.name(), letter -> !now.isBefore(nextTry(letter)));
            }
        }
        return recovered;
    }

    /** When a parked event is next due: the first delay after it was last tried, doubled with each attempt. */
    Instant nextTry(DeadLetter<?> letter) {
        int attempts = Math.max(1, attempts(letter.diagnostics()));
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) {
            delay = maxDelay;
        }
        return letter.lastTouched().plus(delay);
    }

    private int retry(String readModel, Predicate<DeadLetter<? extends EventMessage<?>>> due) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(readModel)
                .orElseThrow();
        AtomicInteger offered = new AtomicInteger();
        int recovered = 0;
        int limit = (int) Math.min(1000, count(readModel));
        for (int i = 0; i < limit; i++) {
            int before = offered.get();
            boolean processed = processor.process(letter -> {
                boolean take = due.test(letter);
                if (take) {
                    offered.incrementAndGet();
                }
                return take;
            });
            if (processed) {
                recovered++;
            } else if (offered.get() == before) {
                break; // nothing left that is due
            }
        }
        return recovered;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String readModel) {
        readModels.named(readModel);
        return processing.deadLetterQueue(readModel).orElseThrow();
    }

    static int attempts(MetaData diagnostics) {
        Object attempts = diagnostics.get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    /** One parked event, as an operator sees it: which event, why it failed, how often it was tried. */
    public record Parked(String eventIdentifier, String eventType, String cause, int attempts, Instant parkedAt,
                         Instant lastTriedAt) {
    }
}
