package org.roundtable.projections.casedetail;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionProgressRecorded;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.core.common.PersonalText;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.DUE;
import static org.roundtable.projections.testing.CaseStory.OFFICER;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.TEACHER;

/**
 * The case detail and the actions across cases follow an action through its whole life: accepted, progress noted,
 * overdue, its due date moved, declined, reassigned, cancelled; with the reasons and notes, erased or not.
 */
class TheLifeOfAnActionInTheCaseDetailTest {

    private static final LocalDate TODAY = DUE.minusDays(10);

    private final JdbcClient jdbc = TestDatabase.migrated(TheLifeOfAnActionInTheCaseDetailTest.class);
    private final ReadModel readModel = CaseDetailProjection.readModel(jdbc);
    private final CaseDetailProjection projection = (CaseDetailProjection) readModel.projection();
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void an_accepted_action_shows_its_progress_notes_in_order() throws Exception {
        assigned();
        deliver(story.then(10, TEACHER, new ActionAccepted(story.caseId, story.action, SCHOOL)),
                story.then(11, TEACHER, new ActionProgressRecorded(story.caseId, story.action, SCHOOL,
                        PersonalText.of("Called the parents."))),
                story.then(12, TEACHER, new ActionProgressRecorded(story.caseId, story.action, SCHOOL,
                        PersonalText.ERASED)));

        ActionItem action = action();
        assertThat(action.status()).isEqualTo(ActionStatus.ACCEPTED);
        assertThat(action.progress()).containsExactly(
                new ProgressNote(SCHOOL, PersonalText.of("Called the parents."), story.time(11)),
                new ProgressNote(SCHOOL, PersonalText.ERASED, story.time(12)));
    }

    @Test
    void an_action_is_overdue_once_its_deadline_found_it_open_until_its_due_date_is_moved() throws Exception {
        assigned();
        deliver(story.then(10, CHAIR, new ActionBecameOverdue(story.caseId, story.action, SCHOOL, DUE)));

        assertThat(action().overdue()).isTrue();
        assertThat(overview(TODAY).overdue()).as("overdue by its deadline, even before its due date by this clock")
                .isTrue();
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).overdue(true))).hasSize(1);

        deliver(story.then(11, CHAIR, new ActionDueDateChanged(story.caseId, story.action, DUE.plusDays(30),
                PersonalText.of("The family is away."))));

        assertThat(action().overdue()).isFalse();
        assertThat(action().dueDate()).isEqualTo(DUE.plusDays(30));
        assertThat(overview(DUE.plusDays(1)).overdue()).isFalse();
        assertThat(overview(DUE.plusDays(31)).overdue()).as("open and due before today").isTrue();
    }

    @Test
    void a_declined_action_shows_its_reason_until_the_chair_reassigns_it_to_a_partner_who_accepts() throws Exception {
        assigned();
        deliver(story.then(10, TEACHER, new ActionDeclined(story.caseId, story.action, SCHOOL,
                PersonalText.of("We have no contact with the family."))));

        assertThat(action().status()).isEqualTo(ActionStatus.DECLINED);
        assertThat(action().declineReason()).isEqualTo(PersonalText.of("We have no contact with the family."));
        assertThat(overview(DUE.plusDays(5)).overdue()).as("a declined action is not overdue: nobody has it").isFalse();

        deliver(story.then(11, CHAIR, new ActionReassigned(story.caseId, story.action, SCHOOL, POLICE,
                        PersonalText.of("The police know the family."))),
                story.then(12, OFFICER, new ActionAccepted(story.caseId, story.action, POLICE)));

        assertThat(action().assignee()).isEqualTo(POLICE);
        assertThat(action().status()).isEqualTo(ActionStatus.ACCEPTED);
        assertThat(action().declineReason()).isNull();
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).assignedTo(POLICE))).containsExactly(story.action);
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).assignedTo(SCHOOL))).isEmpty();
    }

    @Test
    void a_cancelled_action_shows_the_chairs_reason_or_that_it_was_erased() throws Exception {
        assigned();
        deliver(story.then(10, CHAIR, new ActionCancelled(story.caseId, story.action, PersonalText.ERASED)));

        assertThat(action().status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(action().cancelReason()).isEqualTo(PersonalText.ERASED);
        assertThat(overview(DUE.plusDays(5)).overdue()).isFalse();
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).withStatus(ActionStatus.CANCELLED)))
                .containsExactly(story.action);
    }

    @Test
    void applying_every_event_of_an_actions_life_twice_gives_the_same_detail() throws Exception {
        List<Recorded<? extends CaseEvent>> life = List.of(story.raised(), story.opened(), story.schoolShared(),
                story.actionAssigned(),
                story.then(10, TEACHER, new ActionAccepted(story.caseId, story.action, SCHOOL)),
                story.then(11, TEACHER, new ActionProgressRecorded(story.caseId, story.action, SCHOOL,
                        PersonalText.of("Called the parents."))),
                story.then(12, CHAIR, new ActionBecameOverdue(story.caseId, story.action, SCHOOL, DUE)),
                story.then(13, CHAIR, new ActionReassigned(story.caseId, story.action, SCHOOL, POLICE,
                        PersonalText.of("The police know the family."))));
        deliver(life);
        ActionItem once = action();

        deliver(life);

        assertThat(action()).isEqualTo(once);
        assertThat(once.progress()).hasSize(1);
    }

    private void assigned() throws Exception {
        deliver(List.of(story.raised(), story.opened(), story.schoolShared(), story.actionAssigned()));
    }

    private ActionItem action() {
        return projection.handle(new FindCaseDetail(Readers.CHAIR, story.caseId)).orElseThrow().actions().get(0);
    }

    private ActionOverview overview(LocalDate today) {
        return projection.handle(FindActions.all(Readers.CHAIR, today)).get(0);
    }

    private List<Object> actionIds(FindActions query) {
        return projection.handle(query).stream().map(action -> (Object) action.actionId()).toList();
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        deliver(List.of(events));
    }

    private void deliver(List<Recorded<? extends CaseEvent>> events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                    .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner());
            handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                    recorded.sequence(), recorded.event(), metaData, recorded.eventIdentifier(), recorded.at()));
        }
    }
}
