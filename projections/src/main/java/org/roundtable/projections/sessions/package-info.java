/**
 * The sessions read model: each session of the round table with its agenda, attendance, confidentiality
 * agreements, notes and corrections, and what it keeps of each case (who raised it, whether it was screened, who
 * takes part, its open actions) to decide need-to-know and to propose an agenda. It answers {@link
 * org.roundtable.projections.sessions.FindSessions}, {@link org.roundtable.projections.sessions.FindSession} and
 * {@link org.roundtable.projections.sessions.FindAgendaProposal}, each as far as its reader may see.
 */
package org.roundtable.projections.sessions;
