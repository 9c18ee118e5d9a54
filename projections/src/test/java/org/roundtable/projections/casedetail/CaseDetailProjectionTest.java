package org.roundtable.projections.casedetail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.CaseReopened;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.ConcernDismissed;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.ConcernReferred;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.cases.InformationWithdrawn;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.CaseAccess;
import org.roundtable.core.sharing.Reader;
import org.roundtable.core.sharing.SharingLevel;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.core.common.PartnerId;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.DUE;
import static org.roundtable.projections.testing.CaseStory.OFFICER;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.SUBJECT;
import static org.roundtable.projections.testing.CaseStory.SUMMARY;
import static org.roundtable.projections.testing.CaseStory.TEACHER;

class CaseDetailProjectionTest {

    private final JdbcClient jdbc = TestDatabase.migrated(CaseDetailProjectionTest.class);
    private final ReadModel readModel = CaseDetailProjection.readModel(jdbc);
    private final CaseDetailProjection projection = (CaseDetailProjection) readModel.projection();
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void an_unknown_case_has_no_detail() {
        assertThat(projection.handle(new FindCaseDetail(Readers.CHAIR, CaseId.random()))).isEmpty();
    }

    @Test
    void a_raised_concern_shows_its_subject_and_who_raised_it() {
        apply(story.raised());

        assertThat(detail()).isEqualTo(new CaseDetail(story.caseId, story.caseNumber, CaseStatus.RAISED,
                new Subject(SUBJECT.givenName(), SUBJECT.familyName(), SUBJECT.dateOfBirth(), SUBJECT.ageBand(), false),
                OFFICER, SUMMARY, Urgency.HIGH, ConcernCategory.RADICALISATION, story.time(0), null, List.of(),
                List.of(change(CaseStatus.RAISED, 0, OFFICER, null, null, null)), List.of(), List.of(),
                CaseAccess.CASE_FILE));
    }

    @Test
    void a_replayed_concern_whose_personal_data_was_erased_shows_the_subject_as_erased() {
        apply(new Recorded<>(new ConcernRaised(story.caseId, story.caseNumber, OFFICER, SubjectIdentity.ERASED,
                PersonalText.ERASED, Urgency.HIGH, ConcernCategory.RADICALISATION), 0, story.time(0), OFFICER,
                "event-0", "request-0"));

        assertThat(detail().subject()).isEqualTo(new Subject(null, null, null, null, true));
        assertThat(detail().summary()).isNull();
    }

    @Test
    void an_opened_case_shows_its_lead_and_sorted_participants() {
        apply(story.raised(), story.opened());

        assertThat(detail().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(detail().lead()).isEqualTo(POLICE);
        assertThat(detail().participants()).containsExactly(POLICE, SCHOOL);
    }

    @Test
    void shared_information_shows_until_its_owner_withdraws_it() {
        apply(story.raised(), story.opened(), story.policeShared(), story.schoolShared());
        assertThat(detail().information()).extracting(InformationItem::informationId)
                .containsExactly(story.policeInformation, story.schoolInformation);

        apply(story.policeWithdrew());

        assertThat(detail().information()).containsExactly(new InformationItem(story.schoolInformation, SCHOOL,
                "Absent every Friday since January.", SharingLevel.GREEN, true, story.time(3),
                TEACHER.person()));
    }

    @Test
    void an_action_shows_what_it_relies_on_and_then_its_outcome() {
        apply(story.raised(), story.opened(), story.schoolShared(), story.actionAssigned());
        assertThat(detail().actions()).containsExactly(new ActionItem(story.action, SCHOOL,
                "Talk with the parents.", DUE, List.of(story.schoolInformation), ActionStatus.ASSIGNED, null,
                story.time(4), null, false, null, null, List.of()));

        apply(story.actionCompleted());

        ActionItem completed = detail().actions().get(0);
        assertThat(completed.status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(completed.outcome()).isEqualTo("The parents will keep in touch with the school.");
        assertThat(completed.completedAt()).isEqualTo(story.time(6));
    }

    @Test
    void a_reopened_case_is_open_again_and_its_history_tells_every_step() {
        story.happyStory().forEach(this::apply);

        CaseDetail detail = detail();
        assertThat(detail.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(detail.history()).containsExactly(
                change(CaseStatus.RAISED, 0, OFFICER, null, null, null),
                change(CaseStatus.OPEN, 1, CHAIR, null, null, null),
                change(CaseStatus.CLOSED, 7, CHAIR, "Back on track.", null, ClosureReason.RISK_REDUCED),
                change(CaseStatus.OPEN, 8, CHAIR, "New videos shared.", null, null));
        assertThat(detail.information()).extracting(InformationItem::informationId)
                .containsExactly(story.schoolInformation);
        assertThat(detail.actions()).extracting(ActionItem::status).containsExactly(ActionStatus.COMPLETED);
    }

    @Test
    void a_referral_records_the_service_and_the_reason() {
        apply(story.raised(), story.referred());

        assertThat(detail().status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(detail().history()).last().isEqualTo(change(CaseStatus.REFERRED, 1, CHAIR,
                "Family problems, not radicalisation.", "youth care services", null));
    }

    @Test
    void a_dismissal_records_the_reason() {
        apply(story.raised(), story.dismissed());

        assertThat(detail().status()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(detail().history()).last().isEqualTo(change(CaseStatus.DISMISSED, 1, CHAIR,
                "A misunderstanding about a school essay.", null, null));
    }

    @Test
    void advice_only_records_the_advice_for_the_partner_that_raised_the_concern() {
        apply(story.raised(), story.advised());

        assertThat(detail().status()).isEqualTo(CaseStatus.ADVISED);
        assertThat(detail().history()).last().isEqualTo(change(CaseStatus.ADVISED, 1, CHAIR,
                "Talk with the parents first; call us if it grows.", null, null));
    }

    @Test
    void signposting_names_the_partner_gives_feedback_and_lets_that_partner_see_the_concern() {
        apply(story.raised(), story.signposted());

        assertThat(detail().status()).isEqualTo(CaseStatus.SIGNPOSTED);
        assertThat(detail().history()).last().isEqualTo(change(CaseStatus.SIGNPOSTED, 1, CHAIR,
                "Youth work knows the family and takes it up.", "youth-work", null));
        assertThat(detail().participants()).containsExactly(PartnerId.of("youth-work"));
        assertThat(projection.handle(new FindCaseDetail(Readers.YOUTH_WORKER, story.caseId))).get()
                .extracting(CaseDetail::summary).isNotNull();
    }

    @Test
    void each_reader_sees_the_items_their_level_allows_and_a_protected_source_only_if_they_may() {
        InformationId red = InformationId.random();
        apply(story.raised(), story.opened(), story.policeShared(), story.schoolShared(),
                new Recorded<>(new InformationShared(story.caseId, red, POLICE, PersonalText.of("An informant says so."),
                        SharingLevel.RED, true), 4, story.time(4), OFFICER, "event-4", "request-4"));

        assertThat(items(Readers.OFFICER)).containsExactly("police " + story.policeInformation,
                "a partner " + story.schoolInformation, "police " + red);
        assertThat(items(Readers.TEACHER)).containsExactly("police " + story.policeInformation,
                "school " + story.schoolInformation);
        assertThat(items(Readers.CHAIR)).containsExactly("police " + story.policeInformation,
                "school " + story.schoolInformation, "police " + red);
        assertThat(items(Readers.REVIEWER)).containsExactly("police " + story.policeInformation,
                "a partner " + story.schoolInformation, "a partner " + red);
        assertThat(projection.handle(new FindCaseDetail(Readers.YOUTH_WORKER, story.caseId))).isEmpty();
        assertThat(projection.handle(new FindCaseDetail(Readers.POLICY, story.caseId))).isEmpty();
        assertThat(projection.handle(new FindCaseDetail(Readers.left("officer.bram", "police"), story.caseId))).isEmpty();
    }

    @Test
    void a_hidden_source_hides_who_shared_it_too() {
        apply(story.raised(), story.opened(), story.schoolShared());

        InformationItem seenByReviewer = detail(Readers.REVIEWER).information().get(0);
        assertThat(seenByReviewer.owner()).isNull();
        assertThat(seenByReviewer.sharedBy()).isNull();
        assertThat(detail(Readers.TEACHER).information().get(0).sharedBy()).isEqualTo(TEACHER.person());
    }

    @Test
    void an_action_shows_only_the_items_it_relies_on_that_the_reader_sees() {
        InformationId red = InformationId.random();
        apply(story.raised(), story.opened(), story.schoolShared(),
                new Recorded<>(new InformationShared(story.caseId, red, POLICE, PersonalText.of("An informant says so."),
                        SharingLevel.RED, false), 4, story.time(4), OFFICER, "event-4", "request-4"),
                new Recorded<>(new ActionAssigned(story.caseId, story.action, SCHOOL, PersonalText.of("Talk with the parents."),
                        DUE, Set.of(story.schoolInformation, red)), 5, story.time(5), CHAIR, "event-5", "request-5"));

        assertThat(detail(Readers.TEACHER).actions().get(0).reliesOn()).containsExactly(story.schoolInformation);
        assertThat(detail(Readers.CHAIR).actions().get(0).reliesOn()).containsExactlyInAnyOrder(story.schoolInformation, red);
    }

    @Test
    void the_partner_that_raised_the_concern_sees_it_up_to_the_screening_decision_and_no_further() {
        apply(story.raised(), new Recorded<>(new CaseOpened(story.caseId, SCHOOL, Set.of(SCHOOL)), 1, story.time(1),
                CHAIR, "event-1", "request-1"), story.schoolShared(), story.closed());

        CaseDetail seen = detail(Readers.OFFICER);
        assertThat(seen.access()).isEqualTo(CaseAccess.SCREENING_OUTCOME);
        assertThat(seen.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(seen.history()).extracting(StatusChange::status).containsExactly(CaseStatus.RAISED, CaseStatus.OPEN);
        assertThat(seen.summary()).isEqualTo(SUMMARY);
        assertThat(seen.lead()).isNull();
        assertThat(seen.participants()).isEmpty();
        assertThat(seen.information()).isEmpty();
        assertThat(seen.actions()).isEmpty();
    }

    /** Each item the reader sees, as its owner (or "a partner") and its id. */
    private List<String> items(Reader reader) {
        return detail(reader).information().stream()
                .map(item -> (item.owner() == null ? "a partner" : item.owner().value()) + " " + item.informationId())
                .toList();
    }

    private CaseDetail detail(Reader reader) {
        return projection.handle(new FindCaseDetail(reader, story.caseId)).orElseThrow();
    }

    @Test
    void applying_every_event_twice_gives_the_same_detail() {
        List<Recorded<? extends CaseEvent>> events = story.happyStory();
        events.forEach(this::apply);
        CaseDetail once = detail();

        events.forEach(this::apply);

        assertThat(detail()).isEqualTo(once);
    }

    @Test
    void information_replayed_after_its_withdrawal_stays_withdrawn() {
        apply(story.raised(), story.opened(), story.policeShared(), story.policeWithdrew());

        apply(story.policeShared());

        assertThat(detail().information()).isEmpty();
    }

    @Test
    void emptying_its_tables_empties_the_view_and_a_replay_rebuilds_it() {
        story.happyStory().forEach(this::apply);
        CaseDetail before = detail();

        TestDatabase.empty(jdbc, readModel);
        assertThat(projection.handle(new FindCaseDetail(Readers.CHAIR, story.caseId))).isEmpty();
        for (String table : List.of("case_detail", "case_detail_participant", "case_detail_status_change",
                "case_detail_information", "case_detail_action", "case_detail_action_reliance")) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Integer.class).single())
                    .as(table).isZero();
        }

        story.happyStory().forEach(this::apply);
        assertThat(detail()).isEqualTo(before);
    }

    private CaseDetail detail() {
        Optional<CaseDetail> detail = projection.handle(new FindCaseDetail(Readers.CHAIR, story.caseId));
        assertThat(detail).isPresent();
        return detail.get();
    }

    private StatusChange change(CaseStatus status, long sequence, Actor by, String note, String referredTo,
                                ClosureReason closureReason) {
        return new StatusChange(status, story.time(sequence), by.person(), by.partner(), note, referredTo,
                closureReason);
    }

    @SafeVarargs
    private void apply(Recorded<? extends CaseEvent>... events) {
        for (Recorded<? extends CaseEvent> event : events) {
            apply(event);
        }
    }

    private void apply(Recorded<? extends CaseEvent> recorded) {
        long seq = recorded.sequence();
        Instant at = recorded.at();
        String person = recorded.person();
        String partner = recorded.partner();
        CaseEvent event = recorded.event();
        if (event instanceof ConcernRaised e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof CaseOpened e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof ConcernReferred e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof ConcernDismissed e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof ConcernAdvised e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof ConcernSignposted e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof InformationShared e) {
            projection.on(e, seq, at, person);
        } else if (event instanceof InformationWithdrawn e) {
            projection.on(e, seq);
        } else if (event instanceof ActionAssigned e) {
            projection.on(e, seq, at);
        } else if (event instanceof ActionCompleted e) {
            projection.on(e, seq, at);
        } else if (event instanceof CaseClosed e) {
            projection.on(e, seq, at, person, partner);
        } else if (event instanceof CaseReopened e) {
            projection.on(e, seq, at, person, partner);
        }
    }
}
