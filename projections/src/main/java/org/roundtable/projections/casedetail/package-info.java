/**
 * The case detail: one case as the round table knows it now, with its subject, the story of its status,
 * the information still on the table and the actions agreed. Ask it with
 * {@link org.roundtable.projections.casedetail.FindCaseDetail}; it answers with an optional
 * {@link org.roundtable.projections.casedetail.CaseDetail}. It holds the subject's identity and free text,
 * so who may read what is decided when answering, from what the view keeps.
 */
package org.roundtable.projections.casedetail;
