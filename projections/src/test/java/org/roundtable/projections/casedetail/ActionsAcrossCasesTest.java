package org.roundtable.projections.casedetail;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.common.ActorCorrelationDataProvider;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;

/**
 * The actions across cases, built from the cases' events: each reader sees the actions of exactly the cases whose
 * file they may see, by due date, narrowed by the filters; an action is overdue when it is due before today and
 * still assigned.
 */
class ActionsAcrossCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final PartnerId YOUTH_WORK = PartnerId.of("youth-work");

    private final JdbcClient jdbc = TestDatabase.migrated(ActionsAcrossCasesTest.class);
    private final CaseDetailProjection projection = (CaseDetailProjection) CaseDetailProjection.readModel(jdbc).projection();
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);

    /** Police and school take part; the school has an overdue action and one due later, the police one completed. */
    private final CaseStory schoolCase = new CaseStory(CaseNumber.of("2026-0001"), Instant.parse("2026-03-02T09:00:00Z"));
    private final ActionId overdue = ActionId.random();
    private final ActionId later = ActionId.random();
    private final ActionId done = ActionId.random();

    /** Police and youth work take part, not the school; youth work has an action due soon. */
    private final CaseStory youthCase = new CaseStory(CaseNumber.of("2026-0002"), Instant.parse("2026-03-03T09:00:00Z"));
    private final ActionId youthAction = ActionId.random();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_partner_sees_the_actions_of_the_cases_it_takes_part_in_earliest_due_first() throws Exception {
        twoCases();

        assertThat(actionIds(FindActions.all(Readers.TEACHER, TODAY))).containsExactly(overdue, done, later);
        assertThat(actionIds(FindActions.all(Readers.OFFICER, TODAY))).containsExactly(overdue, done, youthAction, later);
        assertThat(actionIds(FindActions.all(Readers.YOUTH_WORKER, TODAY))).containsExactly(youthAction);
    }

    @Test
    void a_partner_never_sees_an_action_of_a_case_it_takes_no_part_in_even_when_it_asks_for_it() throws Exception {
        twoCases();

        assertThat(find(FindActions.all(Readers.TEACHER, TODAY).inCase(youthCase.caseId))).isEmpty();
        assertThat(find(FindActions.all(Readers.TEACHER, TODAY).assignedTo(YOUTH_WORK))).isEmpty();
        assertThat(find(FindActions.all(Readers.partner("nurse.ilse", "mental-health"), TODAY))).isEmpty();
    }

    @Test
    void a_partner_that_left_a_policy_member_and_an_administrator_see_no_action() throws Exception {
        twoCases();

        assertThat(find(FindActions.all(Readers.left("teacher.carla", "school"), TODAY))).isEmpty();
        assertThat(find(FindActions.all(Readers.POLICY, TODAY))).isEmpty();
    }

    @Test
    void the_chair_and_compliance_reviewers_see_every_action() throws Exception {
        twoCases();

        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY))).containsExactly(overdue, done, youthAction, later);
        assertThat(actionIds(FindActions.all(Readers.REVIEWER, TODAY))).containsExactly(overdue, done, youthAction, later);
    }

    @Test
    void an_action_is_overdue_when_it_is_due_before_today_and_still_assigned() throws Exception {
        twoCases();

        List<ActionOverview> actions = find(FindActions.all(Readers.CHAIR, TODAY));
        assertThat(actions).filteredOn(ActionOverview::overdue).extracting(ActionOverview::actionId).containsExactly(overdue);
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).overdue(true))).containsExactly(overdue);
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY).overdue(false))).containsExactly(done, youthAction, later);
        assertThat(actionIds(FindActions.all(Readers.CHAIR, TODAY.minusDays(30)).overdue(true))).isEmpty();
    }

    @Test
    void the_filters_narrow_the_list_by_assignee_case_status_due_date_and_completion() throws Exception {
        twoCases();
        FindActions all = FindActions.all(Readers.CHAIR, TODAY);

        assertThat(actionIds(all.assignedTo(SCHOOL))).containsExactly(overdue, later);
        assertThat(actionIds(all.inCase(youthCase.caseId))).containsExactly(youthAction);
        assertThat(actionIds(all.withStatus(ActionStatus.COMPLETED))).containsExactly(done);
        assertThat(actionIds(all.withStatus(ActionStatus.ASSIGNED).dueBefore(TODAY.plusDays(8))))
                .containsExactly(overdue, youthAction);
        assertThat(actionIds(all.completedSince(Instant.parse("2026-03-03T00:00:00Z")))).containsExactly(overdue, youthAction, later);
        assertThat(actionIds(all.completedSince(Instant.parse("2026-03-02T00:00:00Z")))).containsExactly(overdue, done, youthAction, later);
    }

    @Test
    void each_action_names_its_case_and_what_is_to_be_done() throws Exception {
        twoCases();

        ActionOverview action = find(FindActions.all(Readers.YOUTH_WORKER, TODAY)).get(0);
        assertThat(action).isEqualTo(new ActionOverview(youthCase.caseId, youthCase.caseNumber, youthAction, YOUTH_WORK,
                "Invite him to the youth centre.", TODAY.plusDays(3), ActionStatus.ASSIGNED, false, youthCase.time(2), null));
    }

    @Test
    void applying_every_event_twice_gives_the_same_lists() throws Exception {
        twoCases();
        List<ActionOverview> once = find(FindActions.all(Readers.CHAIR, TODAY));

        twoCases();

        assertThat(find(FindActions.all(Readers.CHAIR, TODAY))).isEqualTo(once);
    }

    private void twoCases() throws Exception {
        deliver(schoolCase.raised(), schoolCase.opened(),
                assigned(schoolCase, 2, overdue, SCHOOL, TODAY.minusDays(1)),
                assigned(schoolCase, 3, later, SCHOOL, TODAY.plusDays(20)),
                assigned(schoolCase, 4, done, POLICE, TODAY.minusDays(1)),
                new Recorded<>(new ActionCompleted(schoolCase.caseId, done, POLICE, PersonalText.of("Spoke with him.")),
                        5, schoolCase.time(5), CaseStory.OFFICER, schoolCase.caseId + "/5", "request-5"));
        deliver(youthCase.raised(),
                new Recorded<>(new CaseOpened(youthCase.caseId, POLICE, Set.of(POLICE, YOUTH_WORK)), 1, youthCase.time(1),
                        CHAIR, youthCase.caseId + "/1", "request-1"),
                new Recorded<>(new ActionAssigned(youthCase.caseId, youthAction, YOUTH_WORK,
                        PersonalText.of("Invite him to the youth centre."), TODAY.plusDays(3), Set.of()), 2,
                        youthCase.time(2), CHAIR, youthCase.caseId + "/2", "request-2"));
    }

    private static Recorded<ActionAssigned> assigned(CaseStory story, long sequence, ActionId action, PartnerId assignee,
                                                     LocalDate due) {
        return new Recorded<>(new ActionAssigned(story.caseId, action, assignee, PersonalText.of("Talk with the parents."),
                due, Set.of()), sequence, story.time(sequence), CHAIR, story.caseId + "/" + sequence, "request-" + sequence);
    }

    private List<ActionOverview> find(FindActions query) {
        return projection.handle(query);
    }

    private List<ActionId> actionIds(FindActions query) {
        return find(query).stream().map(ActionOverview::actionId).toList();
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        for (Recorded<? extends CaseEvent> recorded : events) {
            MetaData metaData = MetaData.with(ActorCorrelationDataProvider.ACTOR_PERSON, recorded.person())
                    .and(ActorCorrelationDataProvider.ACTOR_PARTNER, recorded.partner());
            handlers.handle(new GenericDomainEventMessage<>("Case", recorded.event().caseId().toString(),
                    recorded.sequence(), recorded.event(), metaData, recorded.eventIdentifier(), recorded.at()));
        }
    }
}
