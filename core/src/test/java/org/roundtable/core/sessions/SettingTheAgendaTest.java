package org.roundtable.core.sessions;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.sessions.SessionFixtures.CASE;
import static org.roundtable.core.sessions.SessionFixtures.CHAIR;
import static org.roundtable.core.sessions.SessionFixtures.ITEM;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_CASE;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_ITEM;
import static org.roundtable.core.sessions.SessionFixtures.REPRESENTATIVE;
import static org.roundtable.core.sessions.SessionFixtures.SESSION;
import static org.roundtable.core.sessions.SessionFixtures.STARTS;
import static org.roundtable.core.sessions.SessionFixtures.entry;
import static org.roundtable.core.sessions.SessionFixtures.itemAdded;
import static org.roundtable.core.sessions.SessionFixtures.sessionCancelled;
import static org.roundtable.core.sessions.SessionFixtures.sessionClosed;
import static org.roundtable.core.sessions.SessionFixtures.sessionFixture;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/**
 * The chair accepts the proposed agenda, adds, drops and reorders items: one item per case, each with its
 * purpose and suggested minutes, until the session is closed.
 */
class SettingTheAgendaTest {

    private final AggregateTestFixture<Session> fixture = sessionFixture();

    @Test
    void accepting_the_proposal_puts_each_case_on_the_agenda_in_the_order_given() {
        fixture.given(sessionScheduled())
               .when(new AcceptProposedAgenda(SESSION, CHAIR, List.of(entry(ITEM, CASE), entry(OTHER_ITEM, OTHER_CASE))))
               .expectEvents(itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE));
    }

    @Test
    void the_chair_adds_a_case_with_its_purpose() {
        fixture.given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new AddAgendaItem(SESSION, CHAIR, AgendaEntry.of(OTHER_ITEM, OTHER_CASE, AgendaPurpose.DISCUSSION, 20)))
               .expectEvents(new AgendaItemAdded(SESSION, OTHER_ITEM, OTHER_CASE, AgendaPurpose.DISCUSSION, 20));
    }

    @Test
    void a_case_is_on_the_agenda_once() {
        fixture.given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new AddAgendaItem(SESSION, CHAIR, entry(OTHER_ITEM, CASE)))
               .expectException(refusal(RuleViolation.class, "case-already-on-agenda"))
               .expectNoEvents();
        sessionFixture().given(sessionScheduled())
               .when(new AcceptProposedAgenda(SESSION, CHAIR, List.of(entry(ITEM, CASE), entry(OTHER_ITEM, CASE))))
               .expectException(refusal(RuleViolation.class, "case-already-on-agenda"))
               .expectNoEvents();
    }

    @Test
    void an_item_sent_twice_is_refused_the_second_time() {
        fixture.given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new AddAgendaItem(SESSION, CHAIR, entry(ITEM, OTHER_CASE)))
               .expectException(refusal(RuleViolation.class, "item-already-on-agenda"))
               .expectNoEvents();
    }

    @Test
    void an_item_takes_between_one_minute_and_two_hours() {
        assertThatThrownBy(() -> AgendaEntry.of(ITEM, CASE, AgendaPurpose.REVIEW, 0)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> AgendaEntry.of(ITEM, CASE, AgendaPurpose.REVIEW, AgendaEntry.MAX_MINUTES + 1))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_chair_drops_an_item_and_may_then_add_its_case_again() {
        fixture.given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new DropAgendaItem(SESSION, CHAIR, ITEM))
               .expectEvents(new AgendaItemDropped(SESSION, ITEM, CASE));
        sessionFixture().given(sessionScheduled(), itemAdded(ITEM, CASE), new AgendaItemDropped(SESSION, ITEM, CASE))
               .when(new AddAgendaItem(SESSION, CHAIR, entry(OTHER_ITEM, CASE)))
               .expectEvents(itemAdded(OTHER_ITEM, CASE));
    }

    @Test
    void an_unknown_item_cannot_be_dropped() {
        fixture.given(sessionScheduled())
               .when(new DropAgendaItem(SESSION, CHAIR, ITEM))
               .expectException(refusal(UnknownItem.class, "unknown-agenda-item"))
               .expectNoEvents();
    }

    @Test
    void a_new_order_names_every_item_once() {
        fixture.given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(new ReorderAgenda(SESSION, CHAIR, List.of(OTHER_ITEM, ITEM)))
               .expectEvents(new AgendaReordered(SESSION, List.of(OTHER_ITEM, ITEM)));
        sessionFixture().given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(new ReorderAgenda(SESSION, CHAIR, List.of(ITEM, ITEM)))
               .expectException(InvalidValue.class)
               .expectNoEvents();
        sessionFixture().given(sessionScheduled(), itemAdded(ITEM, CASE), itemAdded(OTHER_ITEM, OTHER_CASE))
               .when(new ReorderAgenda(SESSION, CHAIR, List.of(ITEM)))
               .expectException(InvalidValue.class)
               .expectNoEvents();
    }

    @Test
    void only_the_chair_sets_the_agenda() {
        fixture.given(sessionScheduled())
               .when(new AddAgendaItem(SESSION, REPRESENTATIVE, entry(ITEM, CASE)))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void the_agenda_of_a_closed_or_cancelled_session_does_not_change() {
        sessionFixture(STARTS.plusSeconds(60)).given(sessionScheduled(), itemAdded(ITEM, CASE), sessionClosed())
               .when(new DropAgendaItem(SESSION, CHAIR, ITEM))
               .expectException(refusal(RuleViolation.class, "session-closed"))
               .expectNoEvents();
        fixture.given(sessionScheduled(), sessionCancelled())
               .when(new AddAgendaItem(SESSION, CHAIR, entry(ITEM, CASE)))
               .expectException(refusal(RuleViolation.class, "session-cancelled"))
               .expectNoEvents();
    }
}
