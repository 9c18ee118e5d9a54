package org.roundtable.service.api;

import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CloseCase;
import org.roundtable.core.cases.ClosingReport;
import org.roundtable.core.cases.RecordPostClosureReview;
import org.roundtable.core.cases.RecordReview;
import org.roundtable.core.cases.ScheduleReview;
import org.roundtable.core.cases.RaiseConcern;
import org.roundtable.core.cases.ReopenCase;
import org.roundtable.core.cases.ScreenConcern;
import org.roundtable.core.common.Actor;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.storage.CaseNumbers;
import org.roundtable.service.storage.RepeatConcerns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Period;
import java.util.UUID;

/**
 * Cases: raising a concern, screening it, closing and reopening the case, and its reviews (before and after closing).
 * Reading them: {@link CaseFileController}.
 */
@RestController
@Tag(name = ApiDocumentation.CASES)
@RequestMapping("/api/cases")
class CaseController {

    private final Commands commands;
    private final CaseNumbers caseNumbers;
    private final RepeatConcerns repeats;
    private final Period reviewInterval;

    CaseController(Commands commands, CaseNumbers caseNumbers, RepeatConcerns repeats, RoundtableProperties properties) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.repeats = repeats;
        this.reviewInterval = properties.reviews().interval();
    }

    /** The answer to raising a concern: the new case's id and the number people use for it. */
    record CaseCreated(CaseId caseId, CaseNumber caseNumber) { }

    @Operation(operationId = "raiseConcern", summary = "Raise a concern",
            description = """
                    A partner raises a concern about a young person: who (a name, and a date of birth or an age band),
                    what, how urgent, of which kind. It becomes a case in status `RAISED`, with a number people use for it,
                    waiting for the chair's screening. When the same subject's earlier case (same given and family name
                    and date of birth, regardless of letter case) was closed less than twelve months ago, the new case is
                    marked as repeating it.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CaseCreated> raiseConcern(Actor actor, @Valid @RequestBody RaiseConcernRequest request) {
        CaseId caseId = CaseId.random();
        CaseNumber number = caseNumbers.next();
        return commands.send(new RaiseConcern(caseId, number, actor, request.subject(), request.summary(),
                        request.urgency(), request.category(), repeats.earlierCaseOf(request.subject()).orElse(null)),
                ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new CaseCreated(caseId, number)));
    }

    @Operation(operationId = "screenConcern", summary = "Screen a concern",
            description = """
                    The chair decides what becomes of a raised concern, once: open a case (with a lead partner and the
                    partners that take part), refer it to another service, or dismiss it. `decision` says which. An opened
                    case's first review falls due after the round table's review interval (three months unless set
                    otherwise).""")
    @PostMapping("/{caseId}/screening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> screen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ScreeningRequest request,
                        @RequestParam(name = AtTheTable.SESSION, required = false)
                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                        @RequestParam(name = AtTheTable.ITEM, required = false)
                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new ScreenConcern(new CaseId(caseId), actor, request.toDecision(), reviewInterval),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "closeCase", summary = "Close a case",
            description = """
                    The round table ends its work on an open case, for a reason, with a closing report (the outcome and
                    whether the agreed exit criteria were met), an optional note, and optionally the days of reviews after
                    closing (for example six and twelve months on): on each of those days, if the case is still closed, a
                    `PostClosureReviewDue` is recorded. The case's next review is cancelled. Open actions stay as they are.""")
    @PostMapping("/{caseId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> close(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody CloseCaseRequest request,
                        @RequestParam(name = AtTheTable.SESSION, required = false)
                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                        @RequestParam(name = AtTheTable.ITEM, required = false)
                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new CloseCase(new CaseId(caseId), actor, request.reason(), request.note(),
                        new ClosingReport(request.outcome(), request.exitCriteria()), request.reviews()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "reopenCase", summary = "Reopen a case",
            description = """
                    A closed case is opened again, with the reason. Its reviews after closing are cancelled and its next
                    review falls due after the round table's review interval.""")
    @PostMapping("/{caseId}/reopening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> reopen(@PathVariable UUID caseId, Actor actor, @Valid @RequestBody ReopenCaseRequest request) {
        return commands.send(new ReopenCase(new CaseId(caseId), actor, request.reason(), reviewInterval),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "scheduleReview", summary = "Set the day of a case's next review",
            description = """
                    The chair moves an open case's next review to another day, today or later. On that day, a
                    `CaseReviewDue` is recorded and the case is proposed for the agenda of sessions from then on.""")
    @PostMapping("/{caseId}/review-date")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> scheduleReview(@PathVariable UUID caseId, Actor actor,
                                        @Valid @RequestBody ScheduleReviewRequest request,
                        @RequestParam(name = AtTheTable.SESSION, required = false)
                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                        @RequestParam(name = AtTheTable.ITEM, required = false)
                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new ScheduleReview(new CaseId(caseId), actor, request.dueOn()),
                AtTheTable.decidedIn(decidedInSession, decidedAtItem), ResponseEntity.noContent().build());
    }

    @Operation(operationId = "recordReview", summary = "Record a case's review",
            description = """
                    The chair records that the round table reviewed an open case today, with a note, and the next review
                    falls due on `nextReviewOn` (after today) or, without it, after the round table's review interval.""")
    @PostMapping("/{caseId}/reviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordReview(@PathVariable UUID caseId, Actor actor,
                                      @Valid @RequestBody RecordReviewRequest request,
                        @RequestParam(name = AtTheTable.SESSION, required = false)
                        @Parameter(description = AtTheTable.SESSION_DESCRIPTION) @Nullable UUID decidedInSession,
                        @RequestParam(name = AtTheTable.ITEM, required = false)
                        @Parameter(description = AtTheTable.ITEM_DESCRIPTION) @Nullable UUID decidedAtItem) {
        return commands.send(new RecordReview(new CaseId(caseId), actor, request.note(), request.nextReviewOn(),
                        reviewInterval), AtTheTable.decidedIn(decidedInSession, decidedAtItem),
                ResponseEntity.noContent().build());
    }

    @Operation(operationId = "recordPostClosureReview", summary = "Record a review after closing",
            description = """
                    The chair records the review of a closed case whose review after closing has fallen due (on its day,
                    `PostClosureReviewDue` was recorded): what the round table found, and whether the case gives cause for
                    concern again. It answers the earliest review due; each is recorded once (`no-review-due` when none
                    is). With `CONCERN_AGAIN` the case stays closed: the chair reopens it (`POST
                    /api/cases/{caseId}/reopening`).""")
    @PostMapping("/{caseId}/post-closure-reviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> recordPostClosureReview(@PathVariable UUID caseId, Actor actor,
                                                 @Valid @RequestBody RecordPostClosureReviewRequest request) {
        return commands.send(new RecordPostClosureReview(new CaseId(caseId), actor, request.note(), request.outcome()),
                ResponseEntity.noContent().build());
    }
}
