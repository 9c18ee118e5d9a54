package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.audit.AuditEntry;
import org.roundtable.projections.audit.FindAuditTrail;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.casedetail.InformationItem;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.AccessRecord;
import org.roundtable.service.access.AuditFilter;
import org.roundtable.service.access.Look;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading cases: the list, one case file, its audit trail and its disclosures, each as far as the reader may
 * see it. Every look is recorded in the access log before its answer is returned; a case the reader may not
 * know of is answered 404, as an unknown one is.
 */
@RestController
@Tag(name = ApiDocumentation.CASES)
@RequestMapping("/api/cases")
class CaseFileController {

    static final String PURPOSE = "why you look: recorded with the look in the access log. A compliance reviewer "
            + "must state it (400 `purpose-required` otherwise); for others it defaults to the round table's case work.";
    static final int MAX_PURPOSE = AccessLog.MAX_PURPOSE_LENGTH;

    static final String KIND = "only this kind: a type of event (the changes' `eventType`, such as `InformationShared`), "
            + "or a kind of look (the reads' `look`, such as `CASE_FILE`)";

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseFileController(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A case's audit trail: every change, and every look at it. */
    record AuditTrail(CaseId caseId, List<AuditEntry> changes, List<AccessRecord> reads) { }

    /** What of a case was disclosed to date, to whom: per partner, every look that returned data. */
    record Disclosures(CaseId caseId, List<PartnerDisclosures> partners) { }

    /** The looks of one partner's people that returned data of the case, oldest first. */
    record PartnerDisclosures(PartnerId partner, List<AccessRecord> looks) { }

    @Operation(operationId = "listCases", summary = "List the cases",
            description = """
                    The cases the reader may see, newest first: for the chair and compliance reviewers every case; for
                    a partner's representative the cases their partner takes part in (`access` `CASE_FILE`) and the
                    screening outcome of the concerns their partner raised (`SCREENING_OUTCOME`: status as screened, no
                    lead or actions); for others none. Each look is recorded in the access log.""")
    @GetMapping
    List<CaseSummary> list(Reader reader, @Parameter(description = PURPOSE, schema = @Schema(minLength = 1, maxLength = MAX_PURPOSE,
                    pattern = ApiDocumentation.NOT_BLANK)) @RequestParam(required = false) @Nullable String purpose) {
        String why = accessLog.purpose(reader, purpose);
        List<CaseSummary> cases = queries.query(FindCases.all(reader),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        accessLog.shown(reader, Look.CASE_LIST, null, why, List.of());
        return cases;
    }

    @Operation(operationId = "getCase", summary = "Read a case",
            description = """
                    One case file as far as the reader may see it: the subject (or that it was erased), the concern,
                    the lead and participants, every status change, the information shared that the reader's sharing
                    level allows (a protected source named only to its owner and the chair), and the actions. The
                    partner that raised a concern and takes no part sees it only up to the screening decision. A case
                    the reader may not see is 404, as an unknown one. Each look is recorded in the access log, with
                    the items it returned, before the answer is sent.""")
    @GetMapping("/{caseId}")
    CaseDetail detail(@PathVariable UUID caseId, Reader reader,
                      @Parameter(description = PURPOSE, schema = @Schema(minLength = 1, maxLength = MAX_PURPOSE,
                    pattern = ApiDocumentation.NOT_BLANK)) @RequestParam(required = false) @Nullable String purpose) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose);
        Optional<CaseDetail> detail = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (detail.isEmpty()) {
            accessLog.refused(reader, Look.CASE_FILE, id, why);
            throw new CaseNotFound();
        }
        CaseDetail shown = detail.get();
        accessLog.shown(reader, shown.access().seesCaseFile() ? Look.CASE_FILE : Look.SCREENING_OUTCOME, id, why,
                shown.information().stream().map(InformationItem::informationId).toList());
        return shown;
    }

    @Operation(operationId = "getAuditTrail", summary = "Read a case's audit trail",
            description = """
                    For the chair and compliance reviewers. `changes`: every event of the case in order, what happened,
                    who did it for which partner, when, under which correlation id, and the event's own fields as
                    stored; an event about a source-protected item comes without its source (`sourceHidden`) unless the
                    reader is the chair. `reads`: every look at the case recorded in the access log, this one included,
                    refused ones too. The filters narrow both to one partner, one person, a period or one kind; what
                    they leave out is not returned, and the look records only the items of the changes it returns.
                    A change whose source is hidden from the reader names no actor, so a filter on a partner or a
                    person never finds it.""")
    @GetMapping("/{caseId}/audit")
    AuditTrail audit(@PathVariable UUID caseId, Reader reader,
                     @Parameter(description = PURPOSE, schema = @Schema(minLength = 1, maxLength = MAX_PURPOSE,
                    pattern = ApiDocumentation.NOT_BLANK)) @RequestParam(required = false) @Nullable String purpose,
                     @Parameter(description = "only the changes made for this partner and the looks of its people")
                     @RequestParam(required = false) @Nullable String partner,
                     @Parameter(description = "only the changes made by this person and the looks they took")
                     @RequestParam(required = false) @Nullable String person,
                     @Parameter(description = "only what happened on or after this day (in the service's time zone)",
                             schema = @Schema(type = "string", format = "date"))
                     @RequestParam(required = false) @Nullable String from,
                     @Parameter(description = "only what happened on or before this day (in the service's time zone); "
                             + "not before `from`", schema = @Schema(type = "string", format = "date"))
                     @RequestParam(required = false) @Nullable String to,
                     @Parameter(description = KIND) @RequestParam(required = false) @Nullable String kind) {
        CaseId id = new CaseId(caseId);
        String why = mayReadTrail(reader, Look.AUDIT_TRAIL, id, purpose);
        AuditFilter filter = AuditFilter.of(partner, person, from, to, kind);
        List<AuditEntry> changes = queries.query(new FindAuditTrail(reader, id),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        if (changes.isEmpty()) {
            accessLog.refused(reader, Look.AUDIT_TRAIL, id, why);
            throw new CaseNotFound();
        }
        List<AuditEntry> shown = changes.stream().filter(change -> filter.admits(change, clock.getZone())).toList();
        accessLog.shown(reader, Look.AUDIT_TRAIL, id, why,
                shown.stream().map(AuditEntry::informationId).filter(Objects::nonNull).distinct().toList());
        return new AuditTrail(id, shown, accessLog.ofCase(id).stream()
                .filter(look -> filter.admits(look, clock.getZone())).toList());
    }

    @Operation(operationId = "getDisclosures", summary = "Read what of a case was disclosed, to whom",
            description = """
                    For the chair and compliance reviewers, for a data-subject request or an inspection: per partner,
                    every look at the case that returned data (who, when, which items, for what purpose), oldest
                    first. This look is recorded too.""")
    @GetMapping("/{caseId}/disclosures")
    Disclosures disclosures(@PathVariable UUID caseId, Reader reader,
                            @Parameter(description = PURPOSE, schema = @Schema(minLength = 1, maxLength = MAX_PURPOSE,
                    pattern = ApiDocumentation.NOT_BLANK)) @RequestParam(required = false) @Nullable String purpose) {
        CaseId id = new CaseId(caseId);
        String why = mayReadTrail(reader, Look.DISCLOSURES, id, purpose);
        Optional<CaseDetail> known = queries.query(new FindCaseDetail(reader, id),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        if (known.isEmpty()) {
            accessLog.refused(reader, Look.DISCLOSURES, id, why);
            throw new CaseNotFound();
        }
        accessLog.shown(reader, Look.DISCLOSURES, id, why, List.<InformationId>of());
        return new Disclosures(id, accessLog.disclosures(id).entrySet().stream()
                .map(entry -> new PartnerDisclosures(entry.getKey(), entry.getValue()))
                .toList());
    }

    /** The trail and the disclosures are for the chair and compliance reviewers; others are refused, and recorded. */
    private String mayReadTrail(Reader reader, Look look, CaseId caseId, @Nullable String purpose) {
        String why = accessLog.purpose(reader, purpose);
        if (!NeedToKnow.readsAuditTrail(reader)) {
            accessLog.refused(reader, look, caseId, why);
            throw new NotAllowed("not-a-reviewer",
                    "only the chair and compliance reviewers read a case's audit trail, its reads and its disclosures");
        }
        return why;
    }
}
