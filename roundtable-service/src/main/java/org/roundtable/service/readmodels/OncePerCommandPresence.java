package org.roundtable.service.readmodels;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A read model's dead-letter queue that asks the database once per command, not once per read model,
 * whether the command's case has parked events: before a read model handles an event, Axon checks that no
 * earlier event of the same case is parked in it. The first check in a unit of work reads which read models
 * have parked events of that case; the others answer from that (and from what is parked meanwhile). Every
 * other operation is the queue's own.
 */
class OncePerCommandPresence implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final String PARKED = OncePerCommandPresence.class.getName() + ".parked";

    private final String readModel;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final JdbcClient jdbc;

    OncePerCommandPresence(String readModel, SequencedDeadLetterQueue<EventMessage<?>> queue, JdbcClient jdbc) {
        this.readModel = readModel;
        this.queue = queue;
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        if (!(sequenceIdentifier instanceof String sequence) || !CurrentUnitOfWork.isStarted()) {
            return queue.contains(sequenceIdentifier);
        }
        return parkedIn(sequence).contains(readModel);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        queue.enqueue(sequenceIdentifier, letter);
        if (sequenceIdentifier instanceof String sequence && CurrentUnitOfWork.isStarted()) {
            parkedIn(sequence).add(readModel);
        }
    }

    /** The read models with parked events of this case, read once per unit of work. */
    private Set<String> parkedIn(String sequence) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, Set<String>> known = root.getOrComputeResource(PARKED, key -> new HashMap<>());
        return known.computeIfAbsent(sequence, s -> new HashSet<>(jdbc.sql(
                        "select distinct processing_group from dead_letter_entry where sequence_identifier = :sequence")
                .param("sequence", s)
                .query(String.class)
                .list()));
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
