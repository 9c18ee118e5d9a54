package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case's number for people, such as {@code 2026-0042}: the year it was raised and a number unique across
 * the round table. It is the case's pseudonym wherever the subject's identity is not needed.
 */
public record CaseNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4,}");

    public CaseNumber {
        Objects.requireNonNull(value, "case number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a case number looks like 2026-0042");
        }
    }

    public static CaseNumber of(int year, long number) {
        return new CaseNumber("%04d-%04d".formatted(year, number));
    }

    @JsonCreator
    public static CaseNumber of(String value) {
        return new CaseNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
