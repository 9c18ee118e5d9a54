package org.roundtable.projections.consents;

import org.roundtable.core.cases.CaseId;

import java.util.List;

/**
 * Consent in one case, as one reader may see it: the owners' consent asked for actions, and the subject's
 * consent and informing, each in the order it happened (the latest says where things stand).
 */
public record CaseConsents(CaseId caseId, List<OwnerConsent> owners, List<SubjectConsent> subjectConsent,
                           List<SubjectInforming> subjectInforming) {

    public CaseConsents {
        owners = List.copyOf(owners);
        subjectConsent = List.copyOf(subjectConsent);
        subjectInforming = List.copyOf(subjectInforming);
    }
}
