package org.roundtable.projections.caselist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.sharing.CaseAccess;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;

class CaseListProjectionTest {

    private final JdbcClient jdbc = TestDatabase.migrated(CaseListProjectionTest.class);
    private final ReadModel readModel = CaseListProjection.readModel(jdbc);
    private final CaseListProjection projection = (CaseListProjection) readModel.projection();
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_raised_concern_is_listed_awaiting_screening() {
        apply(story.raised());

        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).containsExactly(new CaseSummary(story.caseId,
                story.caseNumber, CaseStatus.RAISED, Urgency.HIGH, ConcernCategory.RADICALISATION, null,
                story.time(0), null, null, 0, CaseAccess.CASE_FILE));
    }

    @Test
    void opening_a_case_lists_its_lead_and_when_it_was_opened() {
        apply(story.raised(), story.opened());

        CaseSummary summary = onlyCase();
        assertThat(summary.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(summary.lead()).isEqualTo(POLICE);
        assertThat(summary.openedAt()).isEqualTo(story.time(1));
    }

    @Test
    void an_action_counts_as_open_until_it_is_completed() {
        apply(story.raised(), story.opened(), story.actionAssigned());
        assertThat(onlyCase().openActionCount()).isEqualTo(1);

        apply(story.actionCompleted());
        assertThat(onlyCase().openActionCount()).isZero();
    }

    @Test
    void closing_dates_the_case_and_reopening_clears_that_date() {
        apply(story.raised(), story.opened(), story.closed());
        assertThat(onlyCase().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(onlyCase().closedAt()).isEqualTo(story.time(7));

        apply(story.reopened());
        assertThat(onlyCase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(onlyCase().closedAt()).isNull();
        assertThat(onlyCase().openedAt()).isEqualTo(story.time(1));
    }

    @Test
    void the_whole_story_ends_with_an_open_case_and_no_open_actions() {
        story.happyStory().forEach(this::apply);

        assertThat(onlyCase()).isEqualTo(new CaseSummary(story.caseId, story.caseNumber, CaseStatus.OPEN,
                Urgency.HIGH, ConcernCategory.RADICALISATION, POLICE, story.time(0), story.time(1), null, 0,
                CaseAccess.CASE_FILE));
    }

    @Test
    void a_referred_concern_is_listed_as_referred_without_a_lead() {
        apply(story.raised(), story.referred());

        assertThat(onlyCase().status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(onlyCase().lead()).isNull();
    }

    @Test
    void a_dismissed_concern_is_listed_as_dismissed() {
        apply(story.raised(), story.dismissed());

        assertThat(onlyCase().status()).isEqualTo(CaseStatus.DISMISSED);
    }

    @Test
    void a_concern_answered_with_advice_only_is_listed_as_advised() {
        apply(story.raised(), story.advised());

        assertThat(onlyCase().status()).isEqualTo(CaseStatus.ADVISED);
        assertThat(projection.handle(FindCases.all(Readers.OFFICER))).extracting(CaseSummary::access)
                .containsExactly(CaseAccess.SCREENING_OUTCOME);
    }

    @Test
    void the_partner_a_concern_is_signposted_to_lists_it_and_the_raiser_sees_the_outcome() {
        apply(story.raised(), story.signposted());

        assertThat(onlyCase().status()).isEqualTo(CaseStatus.SIGNPOSTED);
        assertThat(projection.handle(FindCases.all(Readers.YOUTH_WORKER))).extracting(CaseSummary::access)
                .containsExactly(CaseAccess.CASE_FILE);
        assertThat(projection.handle(FindCases.all(Readers.OFFICER))).extracting(CaseSummary::access)
                .containsExactly(CaseAccess.SCREENING_OUTCOME);
        assertThat(projection.handle(FindCases.all(Readers.TEACHER))).isEmpty();
    }

    @Test
    void cases_are_listed_newest_first() {
        CaseStory older = new CaseStory(CaseNumber.of("2026-0001"), Instant.parse("2026-01-10T08:00:00Z"));
        CaseStory newer = new CaseStory(CaseNumber.of("2026-0002"), Instant.parse("2026-02-10T08:00:00Z"));
        apply(older.raised(), newer.raised());

        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).extracting(CaseSummary::caseNumber)
                .containsExactly(newer.caseNumber, older.caseNumber);
    }

    @Test
    void the_list_can_be_narrowed_to_one_status() {
        CaseStory dismissed = new CaseStory(CaseNumber.of("2026-0001"), Instant.parse("2026-01-10T08:00:00Z"));
        apply(dismissed.raised(), dismissed.dismissed(), story.raised(), story.opened());

        assertThat(projection.handle(FindCases.withStatus(Readers.CHAIR, CaseStatus.OPEN))).extracting(CaseSummary::caseId)
                .containsExactly(story.caseId);
        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).hasSize(2);
    }

    @Test
    void applying_every_event_twice_gives_the_same_list() {
        List<Recorded<? extends CaseEvent>> events = story.happyStory();
        events.forEach(this::apply);
        List<CaseSummary> once = projection.handle(FindCases.all(Readers.CHAIR));

        events.forEach(this::apply);

        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).isEqualTo(once);
    }

    @Test
    void an_action_replayed_after_later_events_is_not_counted_again() {
        apply(story.raised(), story.opened(), story.actionAssigned(), story.actionCompleted());

        apply(story.actionAssigned());

        assertThat(onlyCase().openActionCount()).isZero();
    }

    @Test
    void shared_and_withdrawn_information_leave_the_list_as_it_was() {
        apply(story.raised(), story.opened());
        CaseSummary before = onlyCase();

        apply(story.policeShared(), story.schoolShared());

        assertThat(onlyCase()).isEqualTo(before);
    }

    @Test
    void emptying_its_tables_empties_the_list_and_a_replay_rebuilds_it() {
        story.happyStory().forEach(this::apply);
        List<CaseSummary> before = projection.handle(FindCases.all(Readers.CHAIR));

        TestDatabase.empty(jdbc, readModel);
        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).isEmpty();

        story.happyStory().forEach(this::apply);
        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).isEqualTo(before);
    }

    @Test
    void a_partner_lists_the_cases_it_takes_part_in_and_no_others() {
        apply(story.raised(), story.opened());

        assertThat(projection.handle(FindCases.all(Readers.TEACHER))).extracting(CaseSummary::access)
                .containsExactly(CaseAccess.CASE_FILE);
        assertThat(projection.handle(FindCases.all(Readers.YOUTH_WORKER))).isEmpty();
    }

    @Test
    void the_partner_that_raised_a_concern_sees_only_what_the_screening_decided() {
        apply(story.raised(), new Recorded<>(new CaseOpened(story.caseId, SCHOOL, Set.of(SCHOOL)), 1, story.time(1),
                CaseStory.CHAIR, "event-1", "request-1"), story.closed());

        assertThat(projection.handle(FindCases.all(Readers.OFFICER))).containsExactly(new CaseSummary(story.caseId,
                story.caseNumber, CaseStatus.OPEN, Urgency.HIGH, ConcernCategory.RADICALISATION, null, story.time(0),
                story.time(1), null, null, CaseAccess.SCREENING_OUTCOME));
        assertThat(projection.handle(FindCases.withStatus(Readers.OFFICER, CaseStatus.CLOSED))).isEmpty();
    }

    @Test
    void a_partner_that_left_lists_nothing() {
        apply(story.raised(), story.opened());

        assertThat(projection.handle(FindCases.all(Readers.left("officer.bram", "police")))).isEmpty();
    }

    @Test
    void the_chair_and_compliance_list_every_case_and_policy_members_none() {
        apply(story.raised(), story.opened());

        assertThat(projection.handle(FindCases.all(Readers.CHAIR))).hasSize(1);
        assertThat(projection.handle(FindCases.all(Readers.REVIEWER))).hasSize(1);
        assertThat(projection.handle(FindCases.all(Readers.POLICY))).isEmpty();
    }

    private CaseSummary onlyCase() {
        List<CaseSummary> cases = projection.handle(FindCases.all(Readers.CHAIR));
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }

    @SafeVarargs
    private void apply(Recorded<? extends CaseEvent>... events) {
        for (Recorded<? extends CaseEvent> event : events) {
            apply(event);
        }
    }

    private void apply(Recorded<? extends CaseEvent> recorded) {
        long sequence = recorded.sequence();
        Instant at = recorded.at();
        CaseEvent event = recorded.event();
        if (event instanceof ConcernRaised e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseOpened e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ConcernReferred e) {
            projection.on(e, sequence);
        } else if (event instanceof ConcernDismissed e) {
            projection.on(e, sequence);
        } else if (event instanceof ConcernAdvised e) {
            projection.on(e, sequence);
        } else if (event instanceof ConcernSignposted e) {
            projection.on(e, sequence);
        } else if (event instanceof ActionAssigned e) {
            projection.on(e, sequence);
        } else if (event instanceof ActionCompleted e) {
            projection.on(e, sequence);
        } else if (event instanceof CaseClosed e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseReopened e) {
            projection.on(e, sequence);
        }
        // information shared or withdrawn does not change the list: the projection has no handler for it
    }
}
