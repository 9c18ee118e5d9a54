package org.roundtable.core.sessions;

import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.RuleViolation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.sessions.CarryForwardReason.CIRCUMSTANCES_CHANGED;
import static org.roundtable.core.sessions.CarryForwardReason.NOT_DONE_BY_PARTNER;
import static org.roundtable.core.sessions.SessionFixtures.ACTION;
import static org.roundtable.core.sessions.SessionFixtures.CASE;
import static org.roundtable.core.sessions.SessionFixtures.CHAIR;
import static org.roundtable.core.sessions.SessionFixtures.ITEM;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_ACTION;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_CASE;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_ITEM;
import static org.roundtable.core.sessions.SessionFixtures.SESSION;
import static org.roundtable.core.sessions.SessionFixtures.STARTS;
import static org.roundtable.core.sessions.SessionFixtures.itemAdded;
import static org.roundtable.core.sessions.SessionFixtures.sessionClosed;
import static org.roundtable.core.sessions.SessionFixtures.sessionFixture;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/**
 * When the chair closes a session, every action still open in a case on its agenda comes back on the next agenda,
 * named once, with the reason it is not done: recorded against the item of its case, just before the closing.
 */
class CarryingActionsForwardTest {

    private static final Map<CaseId, Set<ActionId>> TWO_OPEN = Map.of(CASE, Set.of(ACTION), OTHER_CASE, Set.of(OTHER_ACTION));

    @Test
    void each_open_action_is_carried_forward_with_its_reason_before_the_session_closes() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(close(new CarriedForward(OTHER_CASE, OTHER_ACTION, CIRCUMSTANCES_CHANGED),
                       new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER)))
               .expectEvents(new ActionCarriedForward(SESSION, OTHER_ITEM, OTHER_CASE, OTHER_ACTION, CIRCUMSTANCES_CHANGED),
                       new ActionCarriedForward(SESSION, ITEM, CASE, ACTION, NOT_DONE_BY_PARTNER),
                       sessionClosed());
    }

    @Test
    void a_session_does_not_close_while_an_open_action_of_a_case_on_its_agenda_is_not_carried_forward() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER)))
               .expectException(refusal(RuleViolation.class, "action-not-carried-forward"))
               .expectNoEvents();
    }

    @Test
    void only_an_action_of_a_case_on_the_agenda_is_carried_forward() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER),
                       new CarriedForward(OTHER_CASE, OTHER_ACTION, NOT_DONE_BY_PARTNER)))
               .expectException(refusal(RuleViolation.class, "case-not-on-agenda"))
               .expectNoEvents();
    }

    @Test
    void a_dropped_item_no_longer_asks_for_its_case_s_open_actions() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE),
                        new AgendaItemDropped(SESSION, OTHER_ITEM, OTHER_CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER)))
               .expectEvents(new ActionCarriedForward(SESSION, ITEM, CASE, ACTION, NOT_DONE_BY_PARTNER), sessionClosed());
    }

    @Test
    void an_action_no_longer_open_is_not_carried_forward() {
        sessionFixture(STARTS, Map.of()).given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER)))
               .expectException(refusal(RuleViolation.class, "action-not-open"))
               .expectNoEvents();
    }

    @Test
    void an_action_of_another_case_is_not_carried_forward_under_this_one() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER),
                       new CarriedForward(CASE, OTHER_ACTION, NOT_DONE_BY_PARTNER)))
               .expectException(refusal(RuleViolation.class, "action-not-open"))
               .expectNoEvents();
    }

    @Test
    void an_action_is_named_once() {
        sessionFixture(STARTS, TWO_OPEN).given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(close(new CarriedForward(CASE, ACTION, NOT_DONE_BY_PARTNER),
                       new CarriedForward(CASE, ACTION, CIRCUMSTANCES_CHANGED)))
               .expectException(refusal(InvalidValue.class, InvalidValue.CODE))
               .expectNoEvents();
    }

    private static CloseSession close(CarriedForward... actions) {
        return new CloseSession(SESSION, CHAIR, List.of(actions));
    }
}
