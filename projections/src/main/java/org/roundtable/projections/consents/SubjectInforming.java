package org.roundtable.projections.consents;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.NotInformedReason;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether the subject was told of the case: informed on a day, or not informed for a reason with an optional
 * note (null when none was written, or it was erased); when and by which partner it was recorded.
 */
public record SubjectInforming(boolean informed, @Nullable LocalDate on, @Nullable NotInformedReason reason,
                               @Nullable String note, Instant recordedAt, @Nullable PartnerId recordedBy) {
}
