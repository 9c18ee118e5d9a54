package org.roundtable.core.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.core.common.Actor;

import java.time.LocalDate;
import java.util.Objects;

/** The chair or a participating partner records that the subject, a parent or a guardian gave, refused or withdrew consent, and on which day. */
public record RecordSubjectConsent(@TargetAggregateIdentifier CaseId caseId, Actor actor, SubjectConsentDecision decision,
                                   ConsentHolder by, LocalDate on) implements CaseCommand {

    public RecordSubjectConsent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }
}
