package org.roundtable.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One read model, as the service registers it: its name (also its processing group), how it keeps up with
 * commands, the tables it owns, and the projection object whose {@code @EventHandler} methods build it and
 * whose {@code @QueryHandler} methods answer from it. Registering a {@code ReadModel} is all it takes for the
 * service to run it, rebuild it, watch its failures and test it; its tables are emptied (in the order
 * given: children first) before a rebuild.
 *
 * @param name        the read model's name and processing group, such as {@code case-list}
 * @param consistency whether it is updated in the command's own transaction or after it
 * @param tables      every table it writes, and no other read model's
 * @param projection  the handlers, and the query handlers answering from it
 * @param companions  more event handlers writing the same tables, each for what needs a handler of its own (a
 *                    handler of a supertype, say, which beside the projection's handlers of subtypes would never
 *                    be called); they answer no queries
 */
public record ReadModel(String name, Consistency consistency, List<String> tables, Object projection,
                        List<Object> companions) {

    /** When a read model sees a command's events. */
    public enum Consistency {
        /**
         * In the command's own database transaction: once a command has answered, every read of this model
         * shows it, on any instance. For the views a client reads right after acting.
         */
        INLINE,
        /**
         * Soon after the command committed, by a streaming processor: for views that may lag (statistics,
         * reports). No command waits for it.
         */
        LAGGING
    }

    public ReadModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(projection, "projection");
        tables = List.copyOf(tables);
        companions = List.copyOf(companions);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a read model owns at least one table");
        }
    }

    public static ReadModel inline(String name, List<String> tables, Object projection, Object... companions) {
        return new ReadModel(name, Consistency.INLINE, tables, projection, List.of(companions));
    }

    /** Every object whose event handlers build this read model: the projection and its companions. */
    public List<Object> handlers() {
        List<Object> handlers = new ArrayList<>(companions.size() + 1);
        handlers.add(projection);
        handlers.addAll(companions);
        return handlers;
    }

    public static ReadModel lagging(String name, List<String> tables, Object projection) {
        return new ReadModel(name, Consistency.LAGGING, tables, projection, List.of());
    }
}
