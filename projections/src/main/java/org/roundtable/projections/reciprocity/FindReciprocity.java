package org.roundtable.projections.reciprocity;

import org.roundtable.core.sharing.Reader;

import java.time.Instant;
import java.util.Objects;

/** Asks, for the chair, what each partner gave and took on from {@code from} (inclusive) to {@code to} (exclusive). */
public record FindReciprocity(Reader reader, Instant from, Instant to) {

    public FindReciprocity {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
