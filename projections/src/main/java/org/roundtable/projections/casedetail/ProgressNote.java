package org.roundtable.projections.casedetail;

import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;

import java.time.Instant;

/** How an action is going, as the partner doing it noted it; the note is {@link PersonalText#ERASED} once erased. */
public record ProgressNote(PartnerId partner, PersonalText note, Instant notedAt) {
}
