package org.roundtable.service.access;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.projections.audit.AuditEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which part of a case's audit trail a reviewer asks for: the changes and looks of one partner, of one person, in
 * a period (from and to are days, both included, in the service's time zone), of one kind (a type of event such
 * as {@code InformationShared}, or a kind of look such as {@code CASE_FILE}). What is not given does not narrow.
 * <p>
 * A change whose source is hidden from the reader names no actor, so no filter on a partner or a person finds
 * it: a filter cannot reveal a protected source.
 */
public record AuditFilter(@Nullable PartnerId partner, @Nullable PersonId person, @Nullable LocalDate from,
                          @Nullable LocalDate to, @Nullable String kind) {

    /** Every kind of change in a case: the simple names of its event types, in the order the domain lists them. */
    public static final List<String> CHANGE_KINDS = concreteTypes(CaseEvent.class).map(Class::getSimpleName).toList();

    /** Every kind of look. */
    public static final List<String> LOOK_KINDS = Arrays.stream(Look.values()).map(Look::name).toList();

    /** No filter: the whole trail. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("to", "the period ends on or after the day it starts");
        }
        if (kind != null && !CHANGE_KINDS.contains(kind) && !LOOK_KINDS.contains(kind)) {
            throw new InvalidValue("kind", "a kind is one of " + String.join(", ", CHANGE_KINDS) + ", "
                    + String.join(", ", LOOK_KINDS));
        }
    }

    /**
     * A filter from the words of a request: blank means not given.
     *
     * @throws InvalidValue when a day is not a date (yyyy-mm-dd), the period ends before it starts, or the kind is unknown
     */
    public static AuditFilter of(@Nullable String partner, @Nullable String person, @Nullable String from,
                                 @Nullable String to, @Nullable String kind) {
        return new AuditFilter(given(partner) == null ? null : new PartnerId(given(partner)),
                given(person) == null ? null : new PersonId(given(person)),
                day("from", from), day("to", to), given(kind));
    }

    /** Whether a change is in the part asked for. */
    public boolean admits(AuditEntry change, ZoneId zone) {
        return (kind == null || kind.equals(change.eventType()))
                && (partner == null || partner.equals(change.actorPartner()))
                && (person == null || person.equals(change.actorPerson()))
                && inPeriod(change.occurredAt(), zone);
    }

    /** Whether a look is in the part asked for. */
    public boolean admits(AccessRecord look, ZoneId zone) {
        return (kind == null || kind.equals(look.look().name()))
                && (partner == null || partner.equals(look.partner()))
                && (person == null || person.equals(look.person()))
                && inPeriod(look.recordedAt(), zone);
    }

    /** Whether anything narrows the trail. */
    public boolean narrows() {
        return !equals(NONE);
    }

    private boolean inPeriod(Instant at, ZoneId zone) {
        return (from == null || !at.isBefore(from.atStartOfDay(zone).toInstant()))
                && (to == null || at.isBefore(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static @Nullable String given(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable LocalDate day(String field, @Nullable String value) {
        String day = given(value);
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            throw new InvalidValue(field, "a day is written yyyy-mm-dd");
        }
    }

    private static Stream<Class<?>> concreteTypes(Class<?> type) {
        return type.isSealed()
                ? Stream.of(type.getPermittedSubclasses()).flatMap(AuditFilter::concreteTypes)
                : Stream.of(Objects.requireNonNull(type));
    }
}
