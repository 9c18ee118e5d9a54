package org.roundtable.projections.consents;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ConsentHolder;
import org.roundtable.core.cases.SubjectConsentDecision;
import org.roundtable.core.common.PartnerId;

import java.time.Instant;
import java.time.LocalDate;

/** The subject's consent given, refused or withdrawn, by whom and on which day; when and by which partner it was recorded. */
public record SubjectConsent(SubjectConsentDecision decision, ConsentHolder by, LocalDate on, Instant recordedAt,
                             @Nullable PartnerId recordedBy) {
}
