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
}
