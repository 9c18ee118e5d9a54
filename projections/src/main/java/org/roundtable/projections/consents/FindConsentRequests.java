package org.roundtable.projections.consents;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;

import java.util.Objects;

/**
 * Asks for the owners' consent requests the reader may see, across every case whose consents they may see, oldest
 * first: optionally only those with one status, and only those of one owner (a request whose owner the reader may
 * not know is never taken for that owner's).
 */
public record FindConsentRequests(Reader reader, @Nullable ConsentStatus status, @Nullable PartnerId owner) {

    public FindConsentRequests {
        Objects.requireNonNull(reader, "reader");
    }

    /** The requests waiting for the reader's own partner to decide. */
    public static FindConsentRequests waitingFor(Reader reader) {
        return new FindConsentRequests(reader, ConsentStatus.PENDING, reader.partner());
    }
}
