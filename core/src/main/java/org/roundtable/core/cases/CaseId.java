package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** A case, for machines; people use its {@link CaseNumber}. */
public record CaseId(@JsonValue UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
