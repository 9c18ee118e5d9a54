package org.roundtable.core.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a session's minutes are due: a number of working days (Monday to Friday) after the day the session was
 * held. Public holidays are not known to the system and count as working days.
 */
public final class MinutesDue {

    private MinutesDue() {
    }

    /** The last day the minutes of a session held on {@code held} may be made final. */
    public static LocalDate dueOn(LocalDate held, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("minutes are due at least one working day after the session");
        }
        LocalDate day = held;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the minutes of a session held on {@code held}, not yet final, are late on {@code today}. */
    public static boolean overdue(LocalDate held, int workingDays, LocalDate today) {
        return today.isAfter(dueOn(held, workingDays));
    }
}
