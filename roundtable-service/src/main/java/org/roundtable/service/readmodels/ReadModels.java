package org.roundtable.service.readmodels;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** Every read model registered in this service, by name. */
public class ReadModels {

    private final List<ReadModel> all;

    public ReadModels(List<ReadModel> all) {
        Set<String> names = all.stream().map(ReadModel::name).collect(Collectors.toSet());
        if (names.size() != all.size()) {
            throw new IllegalStateException("two read models have the same name: " + all);
        }
        this.all = List.copyOf(all);
    }

    public List<ReadModel> all() {
        return all;
    }

    public ReadModel named(String name) {
        return all.stream().filter(model -> model.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no read model is called " + name));
    }

    /** A read model's dead-letter queue that checks for parked events once per command (see {@link OncePerCommandPresence}). */
    public static SequencedDeadLetterQueue<EventMessage<?>> presenceCheckedOncePerCommand(
            String readModel, SequencedDeadLetterQueue<EventMessage<?>> queue, JdbcClient jdbc) {
        return new OncePerCommandPresence(readModel, queue, jdbc);
    }

    /** The classes whose handlers build a read model. */
    public Set<Class<?>> projectionTypes() {
        return all.stream().flatMap(model -> model.handlers().stream()).map(Object::getClass).collect(Collectors.toSet());
    }
}
