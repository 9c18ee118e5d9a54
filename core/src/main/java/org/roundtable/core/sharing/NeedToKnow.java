package org.roundtable.core.sharing;

import org.roundtable.core.common.Role;

/**
 * The information-sharing rules of the round table, once: who may see a case, which of its items, and who
 * may see who brought an item. Every read of a case, an item or an audit trail asks these, and nothing else.
 * <ul>
 *   <li>The chair sees every case and every item, with its source. Compliance reviewers see every case and
 *       every item (they change nothing), but a protected source only as "a partner".</li>
 *   <li>A partner's representative sees a case while their partner takes part in it, and only the screening
 *       outcome of a concern their partner raised; a partner that has left the round table sees nothing.</li>
 *   <li>Items by level (Traffic Light Protocol 2.0): {@code RED} the owner and the chair; {@code AMBER_STRICT}
 *       and {@code AMBER} the case's participating partners; {@code GREEN} every partner that can see the
 *       case (who, by the rule above, take part in it).</li>
 *   <li>A source-protected item shows "a partner" as its source to everyone but its owner and the chair.</li>
 *   <li>Policy members and administrators see no case.</li>
 *   <li>The audit trail of a case, with its reads and its disclosures, is for the chair and compliance
 *       reviewers; a compliance reviewer (who is not also the chair) states a purpose with every look.</li>
 *   <li>Policy statistics are for policy members and the chair; the reciprocity report for the chair.</li>
 *   <li>Sessions: the chair and compliance reviewers see every session whole; a representative of a partner
 *       still at the round table sees every session's time, place, status and attendance, and only the agenda
 *       items (with their notes and corrections) about cases it may see in full; policy members, administrators
 *       and a partner that has left see no session. A correction of a session as a whole, not of one item, is
 *       for the chair and compliance reviewers only: it may be about any case.</li>
 * </ul>
 */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    /** How much of the case the reader may see. */
    public static CaseAccess access(Reader reader, CaseFacts facts) {
        if (reader.holds(Role.CHAIR) || reader.holds(Role.COMPLIANCE)) {
            return CaseAccess.CASE_FILE;
        }
        if (!reader.holds(Role.PARTNER) || !reader.partnerActive()) {
            return CaseAccess.NONE;
        }
        if (facts.participants().contains(reader.partner())) {
            return CaseAccess.CASE_FILE;
        }
        return facts.raisedBy().equals(reader.partner()) ? CaseAccess.SCREENING_OUTCOME : CaseAccess.NONE;
    }

    /** Whether the reader may see this item of this case. */
    public static boolean seesItem(Reader reader, CaseFacts facts, ItemFacts item) {
        if (!access(reader, facts).seesCaseFile()) {
            return false;
        }
        if (reader.holds(Role.CHAIR) || reader.holds(Role.COMPLIANCE)) {
            return true;
        }
        return switch (item.level()) {
            case RED -> item.owner().equals(reader.partner());
            case AMBER_STRICT, AMBER, GREEN -> facts.participants().contains(reader.partner());
        };
    }

    /** Whether the reader may see which partner brought the item; otherwise it shows as "a partner". */
    public static boolean seesSource(Reader reader, ItemFacts item) {
        return !item.sourceProtected() || reader.holds(Role.CHAIR) || item.owner().equals(reader.partner());
    }

    /** Whether the reader may read a case's audit trail, the reads recorded on it and its disclosures. */
    public static boolean readsAuditTrail(Reader reader) {
        return reader.holds(Role.CHAIR) || reader.holds(Role.COMPLIANCE);
    }

    /** Whether the reader must state a purpose with each look: a compliance reviewer who is not the chair. */
    public static boolean statesPurpose(Reader reader) {
        return reader.holds(Role.COMPLIANCE) && !reader.holds(Role.CHAIR);
    }

    /** Whether the reader may see the round table's anonymised figures. */
    public static boolean seesStatistics(Reader reader) {
        return reader.holds(Role.POLICY) || reader.holds(Role.CHAIR);
    }

    /** Whether the reader may see, per partner, what it gave and what it took (the reciprocity report). */
    public static boolean seesReciprocity(Reader reader) {
        return reader.holds(Role.CHAIR);
    }

    /** Whether the reader may see sessions at all: when and where they meet, their status and attendance. */
    public static boolean seesSessions(Reader reader) {
        return reader.holds(Role.CHAIR) || reader.holds(Role.COMPLIANCE)
                || reader.holds(Role.PARTNER) && reader.partnerActive();
    }

    /** Whether the reader sees a session whole: every item, and corrections of the session as a whole. */
    public static boolean seesWholeSession(Reader reader) {
        return reader.holds(Role.CHAIR) || reader.holds(Role.COMPLIANCE);
    }
}
