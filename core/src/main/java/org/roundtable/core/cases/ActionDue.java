package org.roundtable.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The deadline an action sets for itself: the moment its due date has passed, the start of the next day in the
 * round table's time zone (the zone of the service's clock). When it is met, an action still open becomes overdue.
 * Each action's deadline has a name of its own, so that completing, cancelling or moving one action cancels only
 * its own.
 */
public record ActionDue(ActionId actionId, LocalDate dueDate) {

    static final String PREFIX = "action-overdue:";

    /** The name under which this action's deadline is scheduled and cancelled. */
    static String deadlineName(ActionId actionId) {
        return PREFIX + actionId;
    }

    /** When the due date has passed: midnight at its end, in the clock's zone. */
    Instant passesAt(Clock clock) {
        return dueDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
