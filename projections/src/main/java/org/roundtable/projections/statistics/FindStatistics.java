package org.roundtable.projections.statistics;

import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.sharing.Reader;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Asks for the statistics of the months {@code from} to {@code to}, both included, at most
 * {@value #MAX_MONTHS} of them, on behalf of the reader (a policy member or the chair, or it is refused).
 */
public record FindStatistics(Reader reader, YearMonth from, YearMonth to) {

    /** The most months one question may span: three years. */
    public static final int MAX_MONTHS = 36;

    public FindStatistics {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidValue("from", "the first month comes after the last (" + to + ")");
        }
        if (months(from, to) > MAX_MONTHS) {
            throw new InvalidValue("to", "at most " + MAX_MONTHS + " months at a time");
        }
    }

    /** How many months the question spans. */
    public int months() {
        return months(from, to);
    }

    private static int months(YearMonth from, YearMonth to) {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
