package org.roundtable.projections.sessions;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.cases.ConcernSignposted;
import org.roundtable.core.cases.ConcernAdvised;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.ConsentRequested;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionBecameOverdue;
import org.roundtable.core.cases.ActionCancelled;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionDueDateChanged;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseClosed;
import org.roundtable.core.cases.CaseOpened;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ReviewScheduled;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ConcernRaised;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sessions.ActionCarriedForward;
import org.roundtable.core.sessions.AgendaItemAdded;
import org.roundtable.core.sessions.AgendaItemDropped;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AgendaPurpose;
import org.roundtable.core.sessions.AgendaReordered;
import org.roundtable.core.sessions.Attendance;
import org.roundtable.core.sessions.AttendanceRecorded;
import org.roundtable.core.sessions.CarryForwardReason;
import org.roundtable.core.sessions.ConfidentialityAgreed;
import org.roundtable.core.sessions.ItemNoteRecorded;
import org.roundtable.core.sessions.MinutesCorrected;
import org.roundtable.core.sessions.SessionCancelled;
import org.roundtable.core.sessions.SessionClosed;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionRescheduled;
import org.roundtable.core.sessions.SessionScheduled;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PARTNER;
import static org.roundtable.core.common.ActorCorrelationDataProvider.ACTOR_PERSON;

/**
 * The sessions read model, built from events through Axon's handler adapter: what the chair, a compliance
 * reviewer and each partner see of a session, the agenda the round table proposes, and that replaying or
 * rebuilding gives the same view.
 */
class SessionsProjectionTest {

    static final PartnerId POLICE = PartnerId.of("police");
    static final PartnerId SCHOOL = PartnerId.of("school");
    static final PartnerId YOUTH_WORK = PartnerId.of("youth-work");
    static final PartnerId MENTAL_HEALTH = PartnerId.of("mental-health");
    static final Actor CHAIR = Actor.of("chair.anna", "city");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant STARTS = Instant.parse("2026-03-10T09:00:00Z");

    /** The school's concern, a case with the police and youth work, and an action of the police due before the session. */
    final CaseId schoolCase = new CaseId(UUID.randomUUID());
    /** The police's own concern, a case with the police alone. */
    final CaseId policeCase = new CaseId(UUID.randomUUID());
    /** Mental health's concern, not yet screened. */
    final CaseId unscreened = new CaseId(UUID.randomUUID());
    final ActionId overdue = new ActionId(UUID.randomUUID());
    final SessionId session = new SessionId(UUID.randomUUID());
    final AgendaItemId schoolItem = new AgendaItemId(UUID.randomUUID());
    final AgendaItemId policeItem = new AgendaItemId(UUID.randomUUID());

    private final JdbcClient jdbc = TestDatabase.migrated(SessionsProjectionTest.class);
    private final ReadModel readModel = SessionsProjection.readModel(jdbc);
    private final List<AnnotationEventHandlerAdapter> handlers =
            readModel.handlers().stream().map(AnnotationEventHandlerAdapter::new).toList();
    private final SessionsProjection projection = (SessionsProjection) readModel.projection();
    private final List<GenericDomainEventMessage<?>> delivered = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void the_chair_sees_the_whole_session_in_the_order_of_its_agenda() throws Exception {
        aHeldAndCorrectedSession();

        SessionView seen = find(Readers.CHAIR).orElseThrow();

        assertThat(seen.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(seen.startsAt()).isEqualTo(STARTS);
        assertThat(seen.venue()).isEqualTo(Venue.of("Town hall, room 2", null));
        assertThat(seen.chairedBy()).isEqualTo(PersonId.of("chair.anna"));
        assertThat(seen.closedAt()).isEqualTo(STARTS.plus(Duration.ofHours(2)));
        assertThat(seen.agenda()).extracting(AgendaItemView::itemId).containsExactly(schoolItem, policeItem);
        assertThat(seen.agenda().get(0).caseNumber()).isEqualTo(CaseNumber.of("2026-0001"));
        assertThat(seen.agenda().get(0).notes()).extracting(ItemNote::note)
                .containsExactly("The school sees Sam every day again");
        assertThat(seen.agenda().get(0).notes().get(0).recordedBy()).isEqualTo(PersonId.of("chair.anna"));
        assertThat(seen.agenda().get(1).corrections()).extracting(Correction::correction)
                .containsExactly("The police spoke to the parents, not the school");
        assertThat(seen.attendance()).containsExactly(
                new AttendanceView(POLICE, Attendance.PRESENT, PersonId.of("anna")),
                new AttendanceView(SCHOOL, Attendance.APOLOGIES, null));
        assertThat(seen.agreements()).containsExactly(new ConfidentialityAgreement(POLICE, PersonId.of("anna"), at(12)));
        assertThat(seen.corrections()).extracting(Correction::reason).containsExactly("The chair's minutes left out the date");
    }

    @Test
    void a_compliance_reviewer_sees_what_the_chair_sees() throws Exception {
        aHeldAndCorrectedSession();

        assertThat(find(Readers.REVIEWER)).isEqualTo(find(Readers.CHAIR));
    }

    @Test
    void a_partner_sees_only_the_items_about_cases_it_takes_part_in_with_their_notes() throws Exception {
        aHeldAndCorrectedSession();

        SessionView youthWork = find(Readers.YOUTH_WORKER).orElseThrow();
        SessionView police = find(Readers.OFFICER).orElseThrow();

        assertThat(youthWork.agenda()).extracting(AgendaItemView::itemId).containsExactly(schoolItem);
        assertThat(youthWork.agenda().get(0).notes()).hasSize(1);
        assertThat(police.agenda()).extracting(AgendaItemView::itemId).containsExactly(schoolItem, policeItem);
        assertThat(police.agenda().get(1).corrections()).hasSize(1);
        for (SessionView partners : List.of(youthWork, police)) {
            assertThat(partners.attendance()).hasSize(2);
            assertThat(partners.agreements()).hasSize(1);
            assertThat(partners.corrections()).as("a correction of the whole may be about any case").isEmpty();
        }
    }

    @Test
    void the_partner_that_raised_a_concern_and_takes_no_part_sees_no_item_about_it() throws Exception {
        aHeldAndCorrectedSession();

        SessionView school = find(Readers.TEACHER).orElseThrow();

        assertThat(school.agenda()).isEmpty();
        assertThat(school.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(school.attendance()).hasSize(2);
    }

    @Test
    void policy_members_administrators_and_a_partner_that_left_see_no_session() throws Exception {
        aHeldAndCorrectedSession();
        Reader admin = new Reader(PersonId.of("ada"), PartnerId.of("city"), Set.of(org.roundtable.core.common.Role.ADMIN), true);

        for (Reader nobody : List.of(Readers.POLICY, admin, Readers.left("officer.bram", "police"))) {
            assertThat(find(nobody)).as(nobody.person().value()).isEmpty();
            assertThat(list(nobody, SessionPeriod.PAST)).isEmpty();
        }
    }

    @Test
    void a_cancelled_session_keeps_its_reason_for_the_chair_only() throws Exception {
        scheduled();
        deliver(session(new SessionCancelled(session, PersonalText.of("The chair is ill")), T0.plusSeconds(60)));

        assertThat(find(Readers.CHAIR).orElseThrow().cancelReason()).isEqualTo("The chair is ill");
        assertThat(find(Readers.CHAIR).orElseThrow().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(find(Readers.OFFICER).orElseThrow().cancelReason()).isNull();
    }

    @Test
    void an_erased_note_shows_as_erased() throws Exception {
        cases();
        scheduled();
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.REVIEW, 12), at(10)),
                session(new ItemNoteRecorded(session, schoolItem, schoolCase, PersonalText.ERASED), at(11)));

        ItemNote note = find(Readers.CHAIR).orElseThrow().agenda().get(0).notes().get(0);

        assertThat(note.note()).isNull();
        assertThat(note.recordedAt()).isEqualTo(at(11));
    }

    @Test
    void the_agenda_follows_its_new_order_and_a_dropped_item_goes_last_marked_as_dropped() throws Exception {
        cases();
        scheduled();
        AgendaItemId third = new AgendaItemId(UUID.randomUUID());
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.REVIEW, 12), at(10)),
                session(new AgendaItemAdded(session, policeItem, policeCase, AgendaPurpose.DISCUSSION, 20), at(11)),
                session(new AgendaItemAdded(session, third, unscreened, AgendaPurpose.SCREENING, 5), at(12)),
                session(new AgendaReordered(session, List.of(third, policeItem, schoolItem)), at(13)),
                session(new AgendaItemDropped(session, policeItem, policeCase), at(14)));

        List<AgendaItemView> agenda = find(Readers.CHAIR).orElseThrow().agenda();

        assertThat(agenda).extracting(AgendaItemView::itemId).containsExactly(third, schoolItem, policeItem);
        assertThat(agenda).extracting(AgendaItemView::dropped).containsExactly(false, false, true);
        assertThat(agenda).extracting(AgendaItemView::minutes).containsExactly(5, 12, 20);
    }

    @Test
    void upcoming_sessions_are_those_still_scheduled_and_past_ones_those_closed_or_cancelled() throws Exception {
        aHeldAndCorrectedSession();
        SessionId next = new SessionId(UUID.randomUUID());
        deliver(new GenericDomainEventMessage<>("Session", next.toString(), 0,
                new SessionScheduled(next, STARTS.plus(Duration.ofDays(14)), Venue.of(null, "https://meet.example.org/rt"),
                        CHAIR.person()), MetaData.emptyInstance(), UUID.randomUUID().toString(), T0));

        assertThat(list(Readers.OFFICER, SessionPeriod.UPCOMING)).extracting(SessionSummary::sessionId).containsExactly(next);
        assertThat(list(Readers.OFFICER, SessionPeriod.PAST)).extracting(SessionSummary::sessionId).containsExactly(session);
        assertThat(list(Readers.OFFICER, SessionPeriod.UPCOMING).get(0).venue().videoLink())
                .hasToString("https://meet.example.org/rt");
    }

    @Test
    void a_rescheduled_session_shows_its_new_time_and_place() throws Exception {
        scheduled();
        deliver(session(new SessionRescheduled(session, STARTS.plus(Duration.ofDays(1)), Venue.of("Police station", null)),
                at(3)));

        SessionView moved = find(Readers.CHAIR).orElseThrow();

        assertThat(moved.startsAt()).isEqualTo(STARTS.plus(Duration.ofDays(1)));
        assertThat(moved.venue().place()).isEqualTo("Police station");
    }

    @Test
    void the_proposal_holds_concerns_waiting_for_screening_then_cases_with_an_action_overdue_by_the_session() throws Exception {
        cases();
        scheduled();

        AgendaProposal proposal = propose(Readers.CHAIR).orElseThrow();

        assertThat(proposal.entries()).containsExactly(
                new ProposedEntry(unscreened, CaseNumber.of("2026-0003"), AgendaPurpose.SCREENING, 12),
                new ProposedEntry(schoolCase, CaseNumber.of("2026-0001"), AgendaPurpose.OVERDUE_ACTION, 12));
    }

    @Test
    void an_open_case_whose_review_falls_due_by_the_session_is_proposed_for_review() throws Exception {
        cases();
        scheduled();
        deliver(ofCase(policeCase, new ReviewScheduled(policeCase, LocalDate.ofInstant(STARTS, BRUSSELS)), at(20)));

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).containsExactly(
                new ProposedEntry(unscreened, CaseNumber.of("2026-0003"), AgendaPurpose.SCREENING, 12),
                new ProposedEntry(schoolCase, CaseNumber.of("2026-0001"), AgendaPurpose.OVERDUE_ACTION, 12),
                new ProposedEntry(policeCase, CaseNumber.of("2026-0002"), AgendaPurpose.REVIEW, 12));
    }

    @Test
    void a_review_after_the_session_or_of_a_closed_case_is_not_proposed() throws Exception {
        cases();
        scheduled();
        deliver(ofCase(policeCase, new ReviewScheduled(policeCase, LocalDate.ofInstant(STARTS, BRUSSELS).plusDays(1)), at(20)),
                ofCase(schoolCase, new ReviewScheduled(schoolCase, LocalDate.of(2026, 3, 1)), at(21)),
                ofCase(schoolCase, new CaseClosed(schoolCase, ClosureReason.RISK_REDUCED, null), at(22)));

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);
    }

    @Test
    void a_case_already_on_the_agenda_is_not_proposed_again() throws Exception {
        cases();
        scheduled();
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.REVIEW, 12), at(10)));

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::caseId)
                .containsExactly(unscreened);
    }

    @Test
    void an_action_due_on_the_day_of_the_session_or_completed_makes_no_proposal() throws Exception {
        cases();
        scheduled();
        deliver(ofCase(policeCase, new ActionAssigned(policeCase, new ActionId(UUID.randomUUID()), POLICE,
                        PersonalText.of("Visit the family"), LocalDate.ofInstant(STARTS, BRUSSELS), Set.of()), at(20)),
                ofCase(schoolCase, new ActionCompleted(schoolCase, overdue, POLICE, PersonalText.of("Visited")), at(21)));

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);
    }

    @Test
    void only_the_chair_gets_a_proposal() throws Exception {
        cases();
        scheduled();

        assertThat(propose(Readers.REVIEWER)).isEmpty();
        assertThat(propose(Readers.OFFICER)).isEmpty();
    }

    @Test
    void every_event_delivered_twice_gives_the_same_view() throws Exception {
        aHeldAndCorrectedSession();
        Optional<SessionView> once = find(Readers.CHAIR);
        AgendaProposal proposal = propose(Readers.CHAIR).orElseThrow();

        for (GenericDomainEventMessage<?> message : List.copyOf(delivered)) {
            handle(message);
        }

        assertThat(find(Readers.CHAIR)).isEqualTo(once);
        assertThat(propose(Readers.CHAIR).orElseThrow()).isEqualTo(proposal);
    }

    @Test
    void rebuilt_from_zero_it_is_what_it_was() throws Exception {
        aHeldAndCorrectedSession();
        Optional<SessionView> before = find(Readers.OFFICER);

        TestDatabase.empty(jdbc, readModel);
        assertThat(find(Readers.CHAIR)).isEmpty();
        for (GenericDomainEventMessage<?> message : List.copyOf(delivered)) {
            handle(message);
        }

        assertThat(find(Readers.OFFICER)).isEqualTo(before);
    }

    @Test
    void a_declined_or_moved_action_leaves_the_proposal_and_a_reassigned_one_comes_back() throws Exception {
        cases();
        scheduled();
        deliver(ofCase(schoolCase, new ActionDeclined(schoolCase, overdue, POLICE, PersonalText.of("no contact")), at(6)));
        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);

        deliver(ofCase(schoolCase, new ActionReassigned(schoolCase, overdue, POLICE, YOUTH_WORK,
                PersonalText.of("youth work knows him")), at(7)));
        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING, AgendaPurpose.OVERDUE_ACTION);

        deliver(ofCase(schoolCase, new ActionDueDateChanged(schoolCase, overdue, LocalDate.of(2026, 3, 20),
                PersonalText.of("after the holiday")), at(8)));
        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);
    }

    @Test
    void a_cancelled_action_is_no_longer_overdue_on_the_agenda() throws Exception {
        cases();
        scheduled();
        deliver(ofCase(schoolCase, new ActionAccepted(schoolCase, overdue, POLICE), at(6)),
                ofCase(schoolCase, new ActionBecameOverdue(schoolCase, overdue, POLICE, LocalDate.of(2026, 3, 5)), at(7)));
        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .contains(AgendaPurpose.OVERDUE_ACTION);

        deliver(ofCase(schoolCase, new ActionCancelled(schoolCase, overdue, PersonalText.of("not needed")), at(8)));

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);
    }

    @Test
    void the_decisions_taken_at_an_item_are_its_decisions_in_the_order_taken() throws Exception {
        cases();
        scheduled();
        ActionId visit = new ActionId(UUID.randomUUID());
        InformationId known = new InformationId(UUID.randomUUID());
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.REVIEW, 12), at(10)),
                decided(schoolItem, schoolCase, new ParticipantAdded(schoolCase, MENTAL_HEALTH), at(20)),
                decided(schoolItem, schoolCase, new LeadChanged(schoolCase, POLICE, YOUTH_WORK), at(21)),
                decided(schoolItem, schoolCase, new ActionAssigned(schoolCase, visit, MENTAL_HEALTH,
                        PersonalText.of("See Sam with his mother"), LocalDate.of(2026, 4, 1), Set.of(known)), at(22)),
                decided(schoolItem, schoolCase, new ConsentRequested(schoolCase, visit, known, POLICE), at(22)),
                decided(schoolItem, schoolCase, new ReviewScheduled(schoolCase, LocalDate.of(2026, 6, 1)), at(23)),
                ofCase(schoolCase, new ReviewScheduled(schoolCase, LocalDate.of(2026, 6, 2)), at(24)));

        List<Decision> decisions = find(Readers.CHAIR).orElseThrow().agenda().get(0).decisions();

        assertThat(decisions).extracting(Decision::kind)
                .as("the consent asked of an owner is not a decision, and an event given outside the session is none")
                .containsExactly("ParticipantAdded", "LeadChanged", "ActionAssigned", "ReviewScheduled");
        assertThat(decisions.get(0).partner()).isEqualTo(MENTAL_HEALTH);
        assertThat(decisions.get(2).text()).isEqualTo("See Sam with his mother");
        assertThat(decisions.get(2).on()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(decisions.get(3).on()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(decisions.get(0).decidedBy()).isEqualTo(CHAIR.person());
    }

    @Test
    void a_partner_brought_into_a_case_sees_its_item_and_one_taken_out_no_longer_does() throws Exception {
        cases();
        scheduled();
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.REVIEW, 12), at(10)),
                decided(schoolItem, schoolCase, new ParticipantAdded(schoolCase, SCHOOL), at(20)),
                decided(schoolItem, schoolCase, new ParticipantRemoved(schoolCase, YOUTH_WORK,
                        PersonalText.of("no longer in touch")), at(21)));

        assertThat(find(Readers.TEACHER).orElseThrow().agenda()).extracting(AgendaItemView::itemId).containsExactly(schoolItem);
        assertThat(find(Readers.TEACHER).orElseThrow().agenda().get(0).decisions()).hasSize(2);
        assertThat(find(Readers.YOUTH_WORKER).orElseThrow().agenda()).isEmpty();
    }

    @Test
    void a_concern_answered_with_advice_or_signposted_is_screened_and_not_proposed_again() throws Exception {
        cases();
        CaseId signposted = new CaseId(UUID.randomUUID());
        deliver(ofCase(unscreened, new ConcernAdvised(unscreened, PersonalText.of("talk to the parents")), at(6)),
                ofCase(signposted, raised(signposted, "2026-0004", "teacher.carla", "school"), at(7)),
                ofCase(signposted, new ConcernSignposted(signposted, YOUTH_WORK, PersonalText.of("youth work knows him")), at(8)));
        scheduled();

        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.OVERDUE_ACTION);
    }

    @Test
    void each_item_shows_the_actions_carried_forward_with_their_reason() throws Exception {
        aHeldAndCorrectedSession();

        List<AgendaItemView> agenda = find(Readers.CHAIR).orElseThrow().agenda();

        assertThat(agenda.get(0).carriedForward()).containsExactly(new CarriedAction(overdue, POLICE, "Talk to the parents",
                LocalDate.of(2026, 3, 5), CarryForwardReason.NOT_DONE_BY_PARTNER));
        assertThat(agenda.get(1).carriedForward()).isEmpty();
        assertThat(find(Readers.YOUTH_WORKER).orElseThrow().agenda().get(0).carriedForward()).as("a participant's item")
                .hasSize(1);
        assertThat(find(Readers.TEACHER).orElseThrow().toString()).as("nothing of a case it takes no part in")
                .doesNotContain(overdue.toString());
    }

    @Test
    void the_next_session_is_proposed_each_case_with_an_action_carried_forward_once() throws Exception {
        aHeldAndCorrectedSession();
        SessionId next = nextSession();

        assertThat(propose(Readers.CHAIR, next).orElseThrow().entries()).containsExactly(
                new ProposedEntry(unscreened, CaseNumber.of("2026-0003"), AgendaPurpose.SCREENING, 12),
                new ProposedEntry(schoolCase, CaseNumber.of("2026-0001"), AgendaPurpose.CARRIED_FORWARD, 12));
        assertThat(propose(Readers.CHAIR).orElseThrow().entries()).as("not the session that carried it")
                .extracting(ProposedEntry::purpose).doesNotContain(AgendaPurpose.CARRIED_FORWARD);
    }

    @Test
    void what_a_session_carried_forward_goes_to_the_sessions_after_it_only() throws Exception {
        aHeldAndCorrectedSession();
        SessionId earlier = new SessionId(UUID.randomUUID());
        deliver(message("Session", earlier.toString(), new SessionScheduled(earlier, STARTS.minus(Duration.ofDays(1)),
                Venue.of("Town hall", null), CHAIR.person()), at(20)));

        assertThat(propose(Readers.CHAIR, earlier).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .doesNotContain(AgendaPurpose.CARRIED_FORWARD);
    }

    @Test
    void a_declined_action_carried_forward_still_brings_its_case_back() throws Exception {
        aHeldAndCorrectedSession();
        SessionId next = nextSession();
        deliver(ofCase(schoolCase, new ActionDeclined(schoolCase, overdue, POLICE, PersonalText.of("no contact")), at(30)));

        assertThat(propose(Readers.CHAIR, next).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING, AgendaPurpose.CARRIED_FORWARD);
        assertThat(new OpenCaseActions(jdbc).openIn(schoolCase)).containsExactly(overdue);
    }

    @Test
    void an_action_completed_or_cancelled_since_no_longer_carries_its_case_forward() throws Exception {
        aHeldAndCorrectedSession();
        SessionId next = nextSession();
        ActionId another = new ActionId(UUID.randomUUID());
        deliver(ofCase(policeCase, new ActionAssigned(policeCase, another, POLICE, PersonalText.of("Call the mother"),
                LocalDate.of(2026, 4, 30), Set.of()), at(30)));
        SessionId later = new SessionId(UUID.randomUUID());
        AgendaItemId laterItem = new AgendaItemId(UUID.randomUUID());
        deliver(message("Session", later.toString(), new SessionScheduled(later, STARTS.plus(Duration.ofDays(1)),
                        Venue.of("Town hall", null), CHAIR.person()), at(32)),
                message("Session", later.toString(), new AgendaItemAdded(later, laterItem, policeCase,
                        AgendaPurpose.DISCUSSION, 12), at(33)),
                message("Session", later.toString(), new ActionCarriedForward(later, laterItem, policeCase, another,
                        CarryForwardReason.CIRCUMSTANCES_CHANGED), at(34)),
                message("Session", later.toString(), new SessionClosed(later), at(34)));
        assertThat(propose(Readers.CHAIR, next).orElseThrow().entries()).extracting(ProposedEntry::caseId)
                .containsExactly(unscreened, schoolCase, policeCase);

        deliver(ofCase(schoolCase, new ActionCompleted(schoolCase, overdue, POLICE, PersonalText.of("Talked to them")), at(40)),
                ofCase(policeCase, new ActionCancelled(policeCase, another, PersonalText.of("Moved away")), at(41)));

        assertThat(propose(Readers.CHAIR, next).orElseThrow().entries()).extracting(ProposedEntry::purpose)
                .containsExactly(AgendaPurpose.SCREENING);
        assertThat(new OpenCaseActions(jdbc).openIn(schoolCase)).isEmpty();
        assertThat(new OpenCaseActions(jdbc).openIn(policeCase)).isEmpty();
    }

    /**
     * Three cases, a session with two items, attendance, an agreement, notes, the police's overdue action carried
     * forward, closing and two corrections.
     */
    private void aHeldAndCorrectedSession() throws Exception {
        cases();
        scheduled();
        deliver(session(new AgendaItemAdded(session, schoolItem, schoolCase, AgendaPurpose.OVERDUE_ACTION, 12), at(10)),
                session(new AgendaItemAdded(session, policeItem, policeCase, AgendaPurpose.DISCUSSION, 20), at(10)),
                session(new AttendanceRecorded(session, POLICE, Attendance.PRESENT, PersonId.of("anna")), at(11)),
                session(new AttendanceRecorded(session, SCHOOL, Attendance.APOLOGIES, null), at(11)),
                session(new ConfidentialityAgreed(session, POLICE, PersonId.of("anna")), at(12)),
                session(new ItemNoteRecorded(session, schoolItem, schoolCase,
                        PersonalText.of("The school sees Sam every day again")), at(13)),
                session(new ItemNoteRecorded(session, policeItem, policeCase,
                        PersonalText.of("The school spoke to the parents")), at(13)),
                session(new ActionCarriedForward(session, schoolItem, schoolCase, overdue,
                        CarryForwardReason.NOT_DONE_BY_PARTNER), STARTS.plus(Duration.ofHours(2))),
                session(new SessionClosed(session), STARTS.plus(Duration.ofHours(2))),
                session(new MinutesCorrected(session, policeItem, PersonalText.of("The police spoke to the parents, not the school"),
                        PersonalText.of("Wrong partner in the note")), STARTS.plus(Duration.ofHours(3))),
                session(new MinutesCorrected(session, null, PersonalText.of("The session was on 10 March"),
                        PersonalText.of("The chair's minutes left out the date")), STARTS.plus(Duration.ofHours(3))));
    }

    private void cases() throws Exception {
        deliver(ofCase(schoolCase, raised(schoolCase, "2026-0001", "teacher.carla", "school"), at(0)),
                ofCase(schoolCase, new CaseOpened(schoolCase, POLICE, Set.of(POLICE, YOUTH_WORK)), at(1)),
                ofCase(schoolCase, new ActionAssigned(schoolCase, overdue, POLICE, PersonalText.of("Talk to the parents"),
                        LocalDate.of(2026, 3, 5), Set.of()), at(2)),
                ofCase(policeCase, raised(policeCase, "2026-0002", "officer.bram", "police"), at(3)),
                ofCase(policeCase, new CaseOpened(policeCase, POLICE, Set.of(POLICE)), at(4)),
                ofCase(unscreened, raised(unscreened, "2026-0003", "nurse.ilse", "mental-health"), at(5)));
    }

    private void scheduled() throws Exception {
        deliver(session(new SessionScheduled(session, STARTS, Venue.of("Town hall, room 2", null), CHAIR.person()), at(0)));
    }

    private static ConcernRaised raised(CaseId caseId, String number, String person, String partner) {
        return new ConcernRaised(caseId, CaseNumber.of(number), Actor.of(person, partner),
                new SubjectIdentity("Sam", "Peeters", null, AgeBand.AGE_16_TO_17),
                PersonalText.of("Worrying posts"), Urgency.HIGH, ConcernCategory.RADICALISATION);
    }

    private GenericDomainEventMessage<?> session(Object event, Instant at) {
        return message("Session", session.toString(), event, at);
    }

    private GenericDomainEventMessage<?> ofCase(CaseId caseId, Object event, Instant at) {
        return message("Case", caseId.toString(), event, at);
    }

    private GenericDomainEventMessage<?> message(String type, String aggregate, Object event, Instant at) {
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        MetaData metaData = MetaData.with(ACTOR_PERSON, CHAIR.person().value()).and(ACTOR_PARTNER, CHAIR.partner().value());
        return new GenericDomainEventMessage<>(type, aggregate, sequence, event, metaData, UUID.randomUUID().toString(), at);
    }

    private void deliver(GenericDomainEventMessage<?>... messages) throws Exception {
        for (GenericDomainEventMessage<?> message : messages) {
            delivered.add(message);
            handle(message);
        }
    }

    private void handle(GenericDomainEventMessage<?> message) throws Exception {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            handler.handle(message);
        }
    }

    /** A case event that a decision taken at the given item led to. */
    private GenericDomainEventMessage<?> decided(AgendaItemId item, CaseId caseId, Object event, Instant at) {
        GenericDomainEventMessage<?> message = ofCase(caseId, event, at);
        return (GenericDomainEventMessage<?>) message.andMetaData(new DecidedIn(session, item).metaData());
    }

    private Optional<SessionView> find(Reader reader) {
        return projection.handle(new FindSession(reader, session));
    }

    private List<SessionSummary> list(Reader reader, SessionPeriod period) {
        return projection.handle(new FindSessions(reader, period));
    }

    private Optional<AgendaProposal> propose(Reader reader) {
        return propose(reader, session);
    }

    private Optional<AgendaProposal> propose(Reader reader, SessionId which) {
        return projection.handle(new FindAgendaProposal(reader, which, BRUSSELS, 12));
    }

    /** The session after the held one, two weeks later. */
    private SessionId nextSession() throws Exception {
        SessionId next = new SessionId(UUID.randomUUID());
        deliver(message("Session", next.toString(), new SessionScheduled(next, STARTS.plus(Duration.ofDays(14)),
                Venue.of("Town hall, room 2", null), CHAIR.person()), at(20)));
        return next;
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }
}
