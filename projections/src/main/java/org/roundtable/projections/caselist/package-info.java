/**
 * The case list: one line per case (number, status, urgency, category, lead, key dates, open actions), for
 * the chair's overview. Ask it with {@link org.roundtable.projections.caselist.FindCases}; it answers with
 * a list of {@link org.roundtable.projections.caselist.CaseSummary}, newest first. It holds no personal data.
 */
package org.roundtable.projections.caselist;
