package org.roundtable.core.cases;

/**
 * A command the round table may decide at a session's table, about the case an agenda item discusses: screening
 * the concern (opening the case among others), changing the lead, adding or removing participants, closing,
 * setting or recording the review, assigning an action. Given in a session, the command carries the session and
 * the item as its metadata ({@link org.roundtable.core.sessions.DecidedIn}) and every event it leads to records
 * them; the session must then take decisions on that item ({@link org.roundtable.core.sessions.Session#requireDecisionOn}).
 */
public interface TableDecision extends CaseCommand {
}
