package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.StoredForm;

import java.util.regex.Pattern;

/**
 * A case's number for people, such as {@code 2026-0042}: the year it was raised and a number unique across
 * the round table. It is the case's pseudonym wherever the subject's identity is not needed.
 */
public record CaseNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4,}");

    /** As stored; checks nothing. */
    @StoredForm
    public CaseNumber {
    }

    /** The number for the given year and sequence value. */
    public static CaseNumber of(int year, long number) {
        return new CaseNumber("%04d-%04d".formatted(year, number));
    }

    /** A case number someone typed: refused unless it looks like 2026-0042. */
    @JsonCreator
    public static CaseNumber of(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue("", "a case number looks like 2026-0042");
        }
        return new CaseNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
