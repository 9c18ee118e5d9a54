package org.roundtable.projections;

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
 * @param projection  the handlers
 */
public record ReadModel(String name, Consistency consistency, List<String> tables, Object projection) {

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
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a read model owns at least one table");
        }
    }

    public static ReadModel inline(String name, List<String> tables, Object projection) {
        return new ReadModel(name, Consistency.INLINE, tables, projection);
    }

    public static ReadModel lagging(String name, List<String> tables, Object projection) {
        return new ReadModel(name, Consistency.LAGGING, tables, projection);
    }
}
