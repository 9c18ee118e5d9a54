package org.roundtable.service.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.client.ApiClient;
import org.roundtable.client.ApiException;
import org.roundtable.client.api.ActionsApi;
import org.roundtable.client.api.AdministrationApi;
import org.roundtable.client.api.CasesApi;
import org.roundtable.client.api.InformationApi;
import org.roundtable.client.api.LoginsApi;
import org.roundtable.client.api.ReportsApi;
import org.roundtable.client.api.SessionsApi;
import org.roundtable.client.model.AcceptAgendaRequest;
import org.roundtable.client.model.ActionProgressRequest;
import org.roundtable.client.model.AddParticipantRequest;
import org.roundtable.client.model.AddRepresentativeRequest;
import org.roundtable.client.model.AgendaItemRequest;
import org.roundtable.client.model.AgendaItemView;
import org.roundtable.client.model.AgreeCharterRequest;
import org.roundtable.client.model.AssignActionRequest;
import org.roundtable.client.model.AttendanceRequest;
import org.roundtable.client.model.AuditEntry;
import org.roundtable.client.model.CancelActionRequest;
import org.roundtable.client.model.CancelSessionRequest;
import org.roundtable.client.model.CarriedForwardRequest;
import org.roundtable.client.model.CaseConsents;
import org.roundtable.client.model.CaseDetail;
import org.roundtable.client.model.CaseSummary;
import org.roundtable.client.model.ChangeDueDateRequest;
import org.roundtable.client.model.ChangeLeadRequest;
import org.roundtable.client.model.CloseCaseRequest;
import org.roundtable.client.model.CloseSessionRequest;
import org.roundtable.client.model.CompleteActionRequest;
import org.roundtable.client.model.ConfidentialityRequest;
import org.roundtable.client.model.ConsentDecisionRequest;
import org.roundtable.client.model.ConsentGrant;
import org.roundtable.client.model.CorrectMinutesRequest;
import org.roundtable.client.model.Decision;
import org.roundtable.client.model.DeclineActionRequest;
import org.roundtable.client.model.Dismiss;
import org.roundtable.client.model.FieldProblem;
import org.roundtable.client.model.GrantRoleRequest;
import org.roundtable.client.model.Informed;
import org.roundtable.client.model.ItemNoteRequest;
import org.roundtable.client.model.Minutes;
import org.roundtable.client.model.NewPasswordRequest;
import org.roundtable.client.model.NotInformed;
import org.roundtable.client.model.OpenAccountRequest;
import org.roundtable.client.model.OpenCase;
import org.roundtable.client.model.PartnerSummary;
import org.roundtable.client.model.PersonSummary;
import org.roundtable.client.model.Problem;
import org.roundtable.client.model.ProposedEntry;
import org.roundtable.client.model.RaiseConcernRequest;
import org.roundtable.client.model.ReassignActionRequest;
import org.roundtable.client.model.RecordPostClosureReviewRequest;
import org.roundtable.client.model.RecordReviewRequest;
import org.roundtable.client.model.Refer;
import org.roundtable.client.model.RegisterPartnerRequest;
import org.roundtable.client.model.RemoveParticipantRequest;
import org.roundtable.client.model.ReopenCaseRequest;
import org.roundtable.client.model.ReorderAgendaRequest;
import org.roundtable.client.model.Role;
import org.roundtable.client.model.ScheduleReviewRequest;
import org.roundtable.client.model.ScheduleSessionRequest;
import org.roundtable.client.model.ScreeningRequest;
import org.roundtable.client.model.SessionSummary;
import org.roundtable.client.model.SessionView;
import org.roundtable.client.model.ShareInformationRequest;
import org.roundtable.client.model.Statistics;
import org.roundtable.client.model.StatisticsTable;
import org.roundtable.client.model.SubjectConsentRequest;
import org.roundtable.client.model.SubjectIdentity;
import org.roundtable.client.model.SubjectInforming;
import org.roundtable.client.model.SubjectInformingRequest;
import org.roundtable.client.model.TokenRequest;
import org.roundtable.client.model.WithdrawInformationRequest;
import org.roundtable.service.support.ReviewsFallenDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A partner's system, with nothing but a Java client generated by openapi-generator from the API description
 * this build serves, follows cases from concern to closure and reads the refusals it must understand. Every
 * operation of the document must be called here: an endpoint added without it fails this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientIT {

    /** "METHOD /path" of every request the generated client sent. */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    /** Where a deadline that would fire months from now is recorded as met (see {@link ReviewsFallenDue}). */
    @Autowired
    EventStore eventStore;

    ApiClient client;

    /** The generated APIs, as one person logged in with the generated client. */
    private record As(CasesApi cases, InformationApi information, ActionsApi actions, LoginsApi logins,
                      AdministrationApi administration, ReportsApi reports, SessionsApi sessions) { }

    @BeforeEach
    void connect() {
        client = client(null);
    }

    /** A client that sends the person's bearer token, got through the generated client's own login. */
    private As as(String person) throws ApiException {
        return as(person, "demo");
    }

    private As as(String person, String password) throws ApiException {
        String token = new LoginsApi(client).createToken(new TokenRequest().username(person).password(password)).getToken();
        ApiClient loggedIn = client(token);
        return new As(new CasesApi(loggedIn), new InformationApi(loggedIn), new ActionsApi(loggedIn), new LoginsApi(loggedIn),
                new AdministrationApi(loggedIn), new ReportsApi(loggedIn), new SessionsApi(loggedIn));
    }

    private ApiClient client(String token) {
        ApiClient api = new ApiClient();
        api.updateBaseUri("http://localhost:" + port);
        api.setRequestInterceptor(request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpRequest built = request.copy().build();
            sent.add(built.method() + " " + built.uri().getPath());
        });
        return api;
    }

    @Test
    void a_case_is_raised_opened_worked_closed_and_reopened_and_every_step_shows_in_its_views() throws Exception {
        As chris = as("chris");
        As sofie = as("sofie");
        UUID caseId = raise();

        chris.cases().screenConcern(caseId, new ScreeningRequest(new OpenCase()
                .decision(OpenCase.DecisionEnum.OPEN_CASE).lead("police").participants(Set.of("school", "youth-work"))), null, null, null);
        UUID item = sofie.information().shareInformation(caseId, new ShareInformationRequest()
                .content("Missed six days this month").level(ShareInformationRequest.LevelEnum.AMBER_STRICT)
                .sourceProtected(true), UUID.randomUUID().toString()).getInformationId();
        UUID mistake = sofie.information().shareInformation(caseId, new ShareInformationRequest()
                .content("Meant for another case").level(ShareInformationRequest.LevelEnum.GREEN), null).getInformationId();
        sofie.information().withdrawInformation(caseId, mistake, null,
                new WithdrawInformationRequest().reason("Shared in the wrong case"));
        UUID action = chris.actions().assignAction(caseId, new AssignActionRequest().assignee("youth-work")
                .description("Invite Sam to the football project").dueDate(LocalDate.now().plusDays(14))
                .reliesOn(Set.of(item)), null, null, null).getActionId();
        assertThat(sofie.actions().listConsentRequests(null, "school", null))
                .extracting(request -> request.getConsent().getActionId()).contains(action);
        sofie.actions().decideConsent(caseId, action, item,
                new ConsentDecisionRequest(new ConsentGrant().decision(ConsentGrant.DecisionEnum.GRANTED)), null);
        as("youssef").actions().completeAction(caseId, action, new CompleteActionRequest().outcome("Joined the team"), null);
        assertThat(as("youssef").actions().listActions("youth-work", caseId, null, null, null))
                .extracting(listed -> listed.getActionId()).containsExactly(action);
        chris.cases().scheduleReview(caseId, new ScheduleReviewRequest().dueOn(LocalDate.now().plusDays(10)), null, null, null);
        chris.cases().recordReview(caseId, new RecordReviewRequest().note("Sam plays football every week"), null, null, null);
        assertThat(chris.cases().getCase(caseId, null).getReviews().getLastNote()).isEqualTo("Sam plays football every week");
        LocalDate sixMonths = LocalDate.now().plusMonths(6);
        chris.cases().closeCase(caseId, new CloseCaseRequest().reason(CloseCaseRequest.ReasonEnum.RISK_REDUCED)
                .outcome("Back at school every day").exitCriteria(CloseCaseRequest.ExitCriteriaEnum.MET)
                .postClosureReviews(List.of(sixMonths)), null, null, null);
        // Six months on, the review's deadline records it due; the story cannot wait that long.
        ReviewsFallenDue.postClosureReviewDue(eventStore, caseId.toString(), sixMonths);
        chris.cases().recordPostClosureReview(caseId, new RecordPostClosureReviewRequest().note("New worrying posts")
                .outcome(RecordPostClosureReviewRequest.OutcomeEnum.CONCERN_AGAIN), null);
        assertThat(chris.cases().getCase(caseId, null).getReviews().getAfterClosureRecorded()).singleElement()
                .satisfies(review -> assertThat(review.getDueOn()).isEqualTo(sixMonths));
        Problem recordedBefore = refusal(() -> chris.cases().recordPostClosureReview(caseId,
                new RecordPostClosureReviewRequest().note("Again").outcome(
                        RecordPostClosureReviewRequest.OutcomeEnum.NO_FURTHER_CONCERN), null), 409);
        assertThat(recordedBefore.getCode()).isEqualTo(Problem.CodeEnum.NO_REVIEW_DUE);
        chris.cases().reopenCase(caseId, new ReopenCaseRequest().reason("New worrying posts"), null);

        CaseSummary summary = chris.cases().listCases(null).stream().filter(c -> c.getCaseId().equals(caseId)).findFirst().orElseThrow();
        assertThat(summary.getStatus()).isEqualTo(CaseSummary.StatusEnum.OPEN);
        assertThat(summary.getLead()).isEqualTo("police");
        assertThat(summary.getClosedAt()).isNull();

        CaseDetail detail = chris.cases().getCase(caseId, null);
        assertThat(detail.getSubject().getGivenName()).isEqualTo("Sam");
        assertThat(detail.getParticipants()).contains("police", "school", "youth-work");
        assertThat(detail.getInformation()).extracting(i -> i.getInformationId()).containsExactly(item);
        assertThat(detail.getActions()).singleElement()
                .satisfies(a -> assertThat(a.getOutcome()).isEqualTo("Joined the team"));

        List<AuditEntry> trail = as("rita").cases().getAuditTrail(caseId, "A check of the record", null, null, null, null, null).getChanges();
        // Opening, a review recorded and reopening each plan the next review (ReviewScheduled).
        assertThat(trail).extracting(AuditEntry::getEventType).containsExactly("ConcernRaised", "CaseOpened",
                "ReviewScheduled", "InformationShared", "InformationShared", "InformationWithdrawn", "ActionAssigned",
                "ConsentRequested", "ConsentGranted", "ActionCompleted", "ReviewScheduled", "CaseReviewed",
                "ReviewScheduled", "CaseClosed", "PostClosureReviewDue", "PostClosureReviewRecorded", "CaseReopened",
                "ReviewScheduled");
        assertThat(trail.get(0).getActorPerson()).isEqualTo("anna");
        assertThat(trail.get(0).getActorPartner()).isEqualTo("police");
        // The school shared twice; the protected item names no source to a reviewer, so no filter finds it.
        assertThat(as("rita").cases().getAuditTrail(caseId, "A check of one partner's part", "school", null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), "InformationShared").getChanges())
                .singleElement().satisfies(shared -> assertThat(shared.getSourceHidden()).isFalse());
        assertThat(chris.cases().getDisclosures(caseId, null).getPartners()).extracting(p -> p.getPartner())
                .contains("city");
    }

    @Test
    void an_action_is_accepted_noted_moved_cancelled_and_another_declined_and_reassigned() throws ApiException {
        As chris = as("chris");
        As youssef = as("youssef");
        UUID caseId = raise();
        chris.cases().screenConcern(caseId, new ScreeningRequest(new OpenCase()
                .decision(OpenCase.DecisionEnum.OPEN_CASE).lead("police").participants(Set.of("school", "youth-work"))), null, null, null);
        UUID visit = chris.actions().assignAction(caseId, new AssignActionRequest().assignee("youth-work")
                .description("Invite Sam to the football project").dueDate(LocalDate.now().plusDays(14)), null, null, null).getActionId();
        youssef.actions().acceptAction(caseId, visit, null);
        youssef.actions().recordActionProgress(caseId, visit, new ActionProgressRequest().note("Met him at the club"), null);
        chris.actions().changeActionDueDate(caseId, visit, new ChangeDueDateRequest().dueDate(LocalDate.now().plusDays(30))
                .reason("The family is away"), null);
        chris.actions().cancelAction(caseId, visit, new CancelActionRequest().reason("The family moved away"), null);
        UUID talk = chris.actions().assignAction(caseId, new AssignActionRequest().assignee("youth-work")
                .description("Talk with the parents").dueDate(LocalDate.now().plusDays(14)), null, null, null).getActionId();
        youssef.actions().declineAction(caseId, talk, new DeclineActionRequest().reason("We do not know the parents"), null);
        chris.actions().reassignAction(caseId, talk, new ReassignActionRequest().assignee("school")
                .reason("The school sees them daily"), null);

        assertThat(chris.cases().getCase(caseId, null).getActions())
                .extracting(shown -> String.valueOf(shown.getStatus()), shown -> shown.getAssignee())
                .containsExactly(tuple("CANCELLED", "youth-work"), tuple("ASSIGNED", "school"));
    }

    @Test
    void the_chair_runs_a_session_from_its_proposed_agenda_to_its_corrected_minutes_and_a_partner_reads_it() throws Exception {
        As chris = as("chris");
        UUID waiting = raise();
        UUID other = raise();
        OffsetDateTime startsAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        UUID session = chris.sessions().scheduleSession(new ScheduleSessionRequest().startsAt(startsAt.plusHours(1))
                .place("Town hall, room 2"), UUID.randomUUID().toString()).getSessionId();
        chris.sessions().rescheduleSession(session, new ScheduleSessionRequest().startsAt(startsAt)
                .videoLink("https://meet.example.org/round-table"), null);

        assertThat(chris.sessions().getAgendaProposal(session).getEntries()).extracting(ProposedEntry::getCaseId)
                .contains(waiting, other);
        UUID first = chris.sessions().acceptAgenda(session, new AcceptAgendaRequest().entries(List.of(
                new AgendaItemRequest().caseId(waiting).purpose(AgendaItemRequest.PurposeEnum.SCREENING))), null)
                .getItemIds().get(0);
        UUID second = chris.sessions().addAgendaItem(session, new AgendaItemRequest().caseId(other)
                .purpose(AgendaItemRequest.PurposeEnum.DISCUSSION).minutes(5), null).getItemId();
        chris.sessions().reorderAgenda(session, new ReorderAgendaRequest().order(List.of(second, first)), null);
        chris.sessions().dropAgendaItem(session, second, null);
        chris.sessions().recordAttendance(session, new AttendanceRequest().partner("police")
                .attendance(AttendanceRequest.AttendanceEnum.PRESENT).representedBy("anna"), null);
        chris.sessions().recordConfidentialityAgreement(session, new ConfidentialityRequest().partner("police").person("anna"), null);
        chris.sessions().recordItemNote(session, first, new ItemNoteRequest().note("The school will call the parents"), null);
        while (!Instant.now().isAfter(startsAt.toInstant())) {
            assertThat(Instant.now()).isBefore(startsAt.toInstant().plusSeconds(10));
            Thread.onSpinWait();
        }
        chris.cases().screenConcern(waiting, new ScreeningRequest(new OpenCase().decision(OpenCase.DecisionEnum.OPEN_CASE)
                .lead("police").participants(Set.of("school"))), session, first, null);
        chris.cases().addParticipant(waiting, new AddParticipantRequest().partner("youth-work"), session, first, null);
        chris.cases().changeLead(waiting, new ChangeLeadRequest().lead("youth-work"), session, first, null);
        UUID call = chris.actions().assignAction(waiting, new AssignActionRequest().assignee("school")
                .description("Call the parents").dueDate(LocalDate.now().plusDays(7)), session, first, null).getActionId();
        chris.cases().removeParticipant(waiting, "police", new RemoveParticipantRequest().reason("The police are done"),
                session, first, null);
        chris.sessions().closeSession(session, null, new CloseSessionRequest().carriedForward(List.of(new CarriedForwardRequest()
                .caseId(waiting).actionId(call).reason(CarriedForwardRequest.ReasonEnum.NOT_DONE_BY_PARTNER))));
        chris.sessions().correctMinutes(session, new CorrectMinutesRequest().itemId(first)
                .correction("The police will call the parents").reason("Wrong partner in the note"), null);
        UUID called = chris.sessions().scheduleSession(new ScheduleSessionRequest().startsAt(startsAt.plusDays(7))
                .place("Town hall"), null).getSessionId();
        chris.sessions().cancelSession(called, new CancelSessionRequest().reason("Too few partners can come"), null);

        SessionView minutes = chris.sessions().getSession(session, null);
        assertThat(minutes.getStatus()).isEqualTo(SessionView.StatusEnum.CLOSED);
        assertThat(minutes.getAgenda()).extracting(AgendaItemView::getItemId).containsExactly(first, second);
        assertThat(minutes.getAgenda().get(0).getCorrections()).singleElement()
                .satisfies(correction -> assertThat(correction.getReason()).isEqualTo("Wrong partner in the note"));
        assertThat(minutes.getAgenda().get(0).getCarriedForward()).singleElement()
                .satisfies(carried -> assertThat(carried.getActionId()).isEqualTo(call));
        assertThat(as("mila").sessions().getSession(session, null).getAgenda()).as("no case of mental health's").isEmpty();
        Minutes written = chris.sessions().getMinutes(session, null);
        assertThat(written.getMarking()).isEqualTo("RESTRICTED");
        assertThat(written.getFinalised()).isTrue();
        assertThat(written.getSession().getAgenda().get(0).getDecisions()).extracting(Decision::getKind)
                .containsExactly("CaseOpened", "ReviewScheduled", "ParticipantAdded", "LeadChanged", "ActionAssigned",
                        "ParticipantRemoved");
        assertThat(as("rita").sessions().listSessions("past", "A yearly review")).extracting(SessionSummary::getSessionId)
                .contains(session, called);
        Problem problem = refusal(() -> as("pieter").sessions().listSessions(null, null), 403);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.NOT_A_SESSION_READER);
    }

    @Test
    void the_chair_reads_what_each_partner_gives_and_takes() throws ApiException {
        LocalDate today = LocalDate.now();

        var report = as("chris").reports().getReciprocity(today.minusDays(30), today);

        assertThat(report.getFrom()).isEqualTo(today.minusDays(30));
        assertThat(report.getPartners()).extracting(p -> p.getPartner()).contains("police", "school");
    }

    @Test
    void the_subjects_consent_and_whether_they_were_informed_are_recorded() throws ApiException {
        UUID caseId = raise();
        As chris = as("chris");
        chris.cases().screenConcern(caseId, new ScreeningRequest(new OpenCase()
                .decision(OpenCase.DecisionEnum.OPEN_CASE).lead("police").participants(Set.of("school"))), null, null, null);

        chris.cases().recordSubjectConsent(caseId, new SubjectConsentRequest().decision(SubjectConsentRequest.DecisionEnum.GIVEN)
                .by(SubjectConsentRequest.ByEnum.PARENT).on(LocalDate.now()), null);
        as("sofie").cases().recordSubjectInforming(caseId, new SubjectInformingRequest(new NotInformed()
                .outcome(NotInformed.OutcomeEnum.NOT_INFORMED).reason(NotInformed.ReasonEnum.ONGOING_INVESTIGATION)), null);
        chris.cases().recordSubjectInforming(caseId, new SubjectInformingRequest(new Informed()
                .outcome(Informed.OutcomeEnum.INFORMED).on(LocalDate.now())), null);

        assertThat(chris.cases().getAuditTrail(caseId, null, null, null, null, null, null).getChanges()).extracting(AuditEntry::getEventType)
                .endsWith("SubjectConsentRecorded", "SubjectNotInformed", "SubjectInformed");
        CaseConsents consents = as("sofie").cases().getConsents(caseId, null);
        assertThat(consents.getSubjectConsent()).singleElement()
                .satisfies(consent -> assertThat(consent.getRecordedBy()).isEqualTo("city"));
        assertThat(consents.getSubjectInforming()).extracting(SubjectInforming::getInformed).containsExactly(false, true);
    }

    @Test
    void the_consents_of_a_case_its_reader_does_not_take_part_in_are_not_found() throws Exception {
        UUID caseId = raise();
        as("chris").cases().screenConcern(caseId, new ScreeningRequest(new Dismiss()
                .decision(Dismiss.DecisionEnum.DISMISS).reason("No risk")), null, null, null);
        As mila = as("mila");

        Problem problem = refusal(() -> mila.cases().getConsents(caseId, null), 404);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.UNKNOWN_CASE);
    }

    @Test
    void a_concern_can_be_referred_to_another_service() throws ApiException {
        UUID caseId = raise();
        As chris = as("chris");

        chris.cases().screenConcern(caseId, new ScreeningRequest(new Refer().decision(Refer.DecisionEnum.REFER)
                .referredTo("Family support service").reason("A family matter")), null, null, null);

        assertThat(chris.cases().getCase(caseId, null).getStatus()).isEqualTo(CaseDetail.StatusEnum.REFERRED);
        assertThat(chris.cases().getCase(caseId, null).getHistory()).last()
                .satisfies(change -> assertThat(change.getReferredTo()).isEqualTo("Family support service"));
    }

    @Test
    void a_concern_can_be_dismissed() throws ApiException {
        UUID caseId = raise();
        As chris = as("chris");

        chris.cases().screenConcern(caseId, new ScreeningRequest(new Dismiss()
                .decision(Dismiss.DecisionEnum.DISMISS).reason("A misunderstanding")), null, null, null);

        assertThat(chris.cases().getCase(caseId, null).getStatus()).isEqualTo(CaseDetail.StatusEnum.DISMISSED);
    }

    @Test
    void screening_twice_is_a_conflict_read_as_a_problem_document() throws Exception {
        UUID caseId = raise();
        As chris = as("chris");
        ScreeningRequest dismiss = new ScreeningRequest(new Dismiss().decision(Dismiss.DecisionEnum.DISMISS).reason("No risk"));
        chris.cases().screenConcern(caseId, dismiss, null, null, null);

        Problem problem = refusal(() -> chris.cases().screenConcern(caseId, dismiss, null, null, null), 409);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.CONCERN_ALREADY_SCREENED);
        assertThat(problem.getType().toString()).isEqualTo("urn:roundtable:problem:concern-already-screened");
    }

    @Test
    void only_the_chair_screens_read_as_a_problem_document() throws Exception {
        UUID caseId = raise();

        Problem problem = refusal(() -> as("anna").cases().screenConcern(caseId, new ScreeningRequest(new Dismiss()
                .decision(Dismiss.DecisionEnum.DISMISS).reason("No risk")), null, null, null), 403);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.NOT_THE_CHAIR);
    }

    @Test
    void an_unknown_case_is_not_found_read_as_a_problem_document() throws Exception {
        As chris = as("chris");
        Problem problem = refusal(() -> chris.cases().getCase(UUID.randomUUID(), null), 404);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.UNKNOWN_CASE);
    }

    @Test
    void invalid_input_names_its_fields_in_the_problem_document() throws Exception {
        RaiseConcernRequest noAge = new RaiseConcernRequest().subject(new SubjectIdentity().givenName("Sam"))
                .summary("worried").urgency(RaiseConcernRequest.UrgencyEnum.HIGH)
                .category(RaiseConcernRequest.CategoryEnum.OTHER);
        As anna = as("anna");

        Problem problem = refusal(() -> anna.cases().raiseConcern(noAge, null), 400);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.INVALID_INPUT);
        assertThat(problem.getErrors()).extracting(FieldProblem::getField).containsExactly("subject");
    }

    @Test
    void a_revoked_token_no_longer_opens_anything() throws Exception {
        As anna = as("anna");
        anna.cases().listCases(null);

        anna.logins().revokeToken();

        Problem problem = refusal(() -> anna.cases().listCases(null), 401);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.UNAUTHENTICATED);
    }

    @Test
    void a_wrong_password_is_refused_read_as_a_problem_document() throws Exception {
        Problem problem = refusal(() -> new LoginsApi(client).createToken(new TokenRequest().username("anna")
                .password("not the password")), 401);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.LOGIN_FAILED);
    }

    @Test
    void an_administrator_registers_a_partner_and_manages_its_representative_from_first_login_to_deactivation()
            throws ApiException {
        AdministrationApi ada = as("ada").administration();

        assertThat(ada.registerPartner(new RegisterPartnerRequest().partnerId("probation").name("Probation service")
                .sector(RegisterPartnerRequest.SectorEnum.SOCIAL_SERVICES), UUID.randomUUID().toString()).getPartnerId())
                .isEqualTo("probation");
        ada.agreeCharter("probation", new AgreeCharterRequest().charterVersion("2026-1"), null);
        assertThat(ada.openAccount(new OpenAccountRequest().username("bram").partner("probation").displayName("Bram")
                .roles(Set.of(Role.PARTNER)).password("blue kettle on a quiet tuesday"), null).getUsername())
                .isEqualTo("bram");
        ada.addRepresentative("probation", new AddRepresentativeRequest().person("bram"), null);
        ada.grantRole("bram", new GrantRoleRequest().role(Role.POLICY), null);
        ada.revokeRole("bram", Role.POLICY, null);
        ada.resetPassword("bram", new NewPasswordRequest().password("seven lanterns over the river"));
        assertThat(ada.resetSecondFactor("bram").getOtpauthUri()).startsWith("otpauth://totp/Roundtable:bram?secret=");
        as("bram", "seven lanterns over the river").cases().raiseConcern(new RaiseConcernRequest()
                .subject(new SubjectIdentity().givenName("Sam").ageBand(SubjectIdentity.AgeBandEnum.AGE_16_TO_17))
                .summary("Talks about leaving to fight abroad").urgency(RaiseConcernRequest.UrgencyEnum.HIGH)
                .category(RaiseConcernRequest.CategoryEnum.RADICALISATION), null);

        PartnerSummary probation = ada.getPartner("probation");
        assertThat(probation.getCharterVersion()).isEqualTo("2026-1");
        assertThat(ada.listPartners()).contains(probation);
        PersonSummary bram = ada.getPerson("bram");
        assertThat(bram.getPartner()).isEqualTo("probation");
        assertThat(bram.getRoles()).containsExactly(Role.PARTNER);
        assertThat(ada.listPeople()).contains(bram);

        ada.removeRepresentative("probation", "bram", null);
        ada.deactivateAccount("bram", null);
        ada.leaveRoundTable("probation", null);

        assertThat(ada.getPerson("bram").getActive()).isFalse();
        assertThat(ada.getPartner("probation").getActive()).isFalse();
    }

    @Test
    void only_an_administrator_reads_the_people_read_as_a_problem_document() throws Exception {
        AdministrationApi anna = as("anna").administration();

        Problem problem = refusal(anna::listPeople, 403);

        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.NOT_AN_ADMINISTRATOR);
    }

    @Test
    void a_policy_member_reads_the_statistics_with_every_count_shown_or_hidden_and_a_partner_is_refused()
            throws Exception {
        raise();

        Statistics statistics = as("pieter").reports().getStatistics(null, null);

        assertThat(statistics.getConcernsRaised().getMonths()).hasSize(12);
        assertThat(statistics.getTo()).isEqualTo(statistics.getConcernsRaised().getMonths().get(11).getMonth());
        for (StatisticsTable table : List.of(statistics.getConcernsRaised(), statistics.getCasesOpened(),
                statistics.getConcernsReferred(), statistics.getConcernsDismissed(), statistics.getCasesClosed())) {
            table.getMonths().forEach(month -> month.getCategories().forEach(cell ->
                    assertThat(cell.getValue() == null).isNotEqualTo(cell.getSuppression() == null)));
            assertThat(table.getTotal().getValue() == null).isNotEqualTo(table.getTotal().getSuppression() == null);
        }
        Problem problem = refusal(() -> as("anna").reports().getStatistics("2026-01", "2026-12"), 403);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.NOT_A_POLICY_MEMBER);
    }

    @AfterAll
    void every_operation_of_the_api_description_was_called_through_the_generated_client() throws Exception {
        HttpResponse<String> served = client.getHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode paths = client.getObjectMapper().readTree(served.body()).path("paths");
        List<String> missed = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            String operation = method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            if (sent.stream().noneMatch(request -> request.matches(operation))) {
                missed.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(missed).as("operations of the API description that the story never calls").isEmpty();
    }

    private UUID raise() throws ApiException {
        return as("anna").cases().raiseConcern(new RaiseConcernRequest()
                .subject(new SubjectIdentity().givenName("Sam").familyName("Peeters").dateOfBirth(LocalDate.of(2009, 4, 12)))
                .summary("Has started sharing extremist videos in the class group")
                .urgency(RaiseConcernRequest.UrgencyEnum.HIGH)
                .category(RaiseConcernRequest.CategoryEnum.RADICALISATION), UUID.randomUUID().toString()).getCaseId();
    }

    private Problem refusal(Call call, int status) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("the call is refused").isNotNull();
        assertThat(refused.getCode()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
