package org.roundtable.core;

import org.roundtable.core.cases.Case;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.people.Partner;
import org.roundtable.core.people.PartnerEvent;
import org.roundtable.core.people.Person;
import org.roundtable.core.people.PersonEvent;
import org.roundtable.core.sessions.Session;
import org.roundtable.core.sessions.SessionEvent;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every aggregate of the domain, with the sealed interface its events implement. The service registers
 * the aggregates from this list (repository, cache, snapshots), and tests walk every event type from it:
 * a new aggregate is added here once.
 */
public final class Aggregates {

    /** One aggregate type and the sealed interface of its events. */
    public record Kind(Class<?> type, Class<?> events) {

        public Kind {
            if (!events.isSealed()) {
                throw new IllegalStateException(events.getSimpleName() + " must be sealed, so that every event type is known");
            }
        }

        /** Every event type of this aggregate: the records under its sealed interface, through sealed sub-interfaces. */
        public List<Class<?>> eventTypes() {
            return concreteTypes(events).toList();
        }

        private static Stream<Class<?>> concreteTypes(Class<?> type) {
            return type.isSealed()
                    ? Stream.of(type.getPermittedSubclasses()).flatMap(Kind::concreteTypes)
                    : Stream.of(type);
        }
    }

    public static final List<Kind> ALL = List.of(
            new Kind(Case.class, CaseEvent.class),
            new Kind(Partner.class, PartnerEvent.class),
            new Kind(Person.class, PersonEvent.class),
            new Kind(Session.class, SessionEvent.class));

    private Aggregates() {
    }

    /** Every event type of every aggregate. */
    public static List<Class<?>> eventTypes() {
        return ALL.stream().flatMap(kind -> kind.eventTypes().stream()).toList();
    }
}
