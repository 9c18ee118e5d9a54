/**
 * Consent in a case: the owners' consent asked for actions that rely on their information, with each decision,
 * and the subject's consent and informing. Ask it with {@link org.roundtable.projections.consents.FindConsents},
 * naming who reads; it answers with an optional {@link org.roundtable.projections.consents.CaseConsents}, empty
 * when the case is unknown or the reader may not see its file. Which item, owner and refusal reason a reader
 * sees is decided when answering, with the rules of {@code core/sharing}, from what the view keeps.
 */
package org.roundtable.projections.consents;
