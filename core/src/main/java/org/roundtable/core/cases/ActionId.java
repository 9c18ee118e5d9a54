package org.roundtable.core.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** One action agreed in a case. */
public record ActionId(@JsonValue UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "action id");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActionId of(String value) {
        return new ActionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
