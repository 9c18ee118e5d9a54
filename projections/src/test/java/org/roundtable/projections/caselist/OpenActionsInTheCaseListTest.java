package org.roundtable.projections.caselist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.PersonalText;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Delivery;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.TEACHER;

/** The case list counts an action open while someone has it to do: accepted yes; declined or cancelled no. */
class OpenActionsInTheCaseListTest {

    private final JdbcClient jdbc = TestDatabase.migrated(OpenActionsInTheCaseListTest.class);
    private final CaseListProjection projection = (CaseListProjection) CaseListProjection.readModel(jdbc).projection();
    private final Delivery delivery = new Delivery(projection);
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_declined_action_is_not_open_until_the_chair_reassigns_it() throws Exception {
        deliver(story.raised(), story.opened(), story.actionAssigned(),
                story.then(10, TEACHER, new ActionAccepted(story.caseId, story.action, SCHOOL)));
        assertThat(openActions()).isEqualTo(1);

        deliver(story.then(11, TEACHER, new ActionDeclined(story.caseId, story.action, SCHOOL, PersonalText.of("no"))));
        assertThat(openActions()).isZero();

        deliver(story.then(12, CHAIR, new ActionReassigned(story.caseId, story.action, SCHOOL, POLICE,
                PersonalText.of("the police know them"))));
        assertThat(openActions()).isEqualTo(1);
    }

    @Test
    void a_cancelled_action_is_not_open_and_replaying_its_events_counts_nothing_twice() throws Exception {
        List<Recorded<? extends CaseEvent>> events = List.of(story.raised(), story.opened(), story.actionAssigned(),
                story.then(10, TEACHER, new ActionDeclined(story.caseId, story.action, SCHOOL, PersonalText.of("no"))),
                story.then(11, CHAIR, new ActionReassigned(story.caseId, story.action, SCHOOL, POLICE,
                        PersonalText.of("the police know them"))),
                story.then(12, CHAIR, new ActionCancelled(story.caseId, story.action, PersonalText.of("not needed"))));
        delivery.deliver(events);
        delivery.deliver(events);

        assertThat(openActions()).isZero();
    }

    private int openActions() {
        return projection.handle(FindCases.all(Readers.CHAIR)).get(0).openActionCount();
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        delivery.deliver(List.of(events));
    }
}
