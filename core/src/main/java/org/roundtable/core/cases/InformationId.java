package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One piece of information shared in a case. */
public record InformationId(@JsonValue UUID value) {

    public InformationId {
        Objects.requireNonNull(value, "information id");
    }

    public static InformationId random() {
        return new InformationId(UUID.randomUUID());
    }

    @JsonCreator
    public static InformationId of(String value) {
        return new InformationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
