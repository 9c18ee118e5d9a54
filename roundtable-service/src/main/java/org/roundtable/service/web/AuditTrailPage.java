package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.audit.AuditEntry;
import org.roundtable.projections.audit.FindAuditTrail;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.AccessRecord;
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A case's audit trail as one timeline of changes and looks, for the chair and compliance reviewers (who
 * state the purpose of each look first): the same queries and access record as the API's audit trail.
 */
@Controller
class AuditTrailPage {

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final Clock clock;

    AuditTrailPage(QueryGateway queries, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One moment of the timeline: a change (an event) or a look (an access record). */
    record Moment(Instant at, String when, boolean change, String who, String what, @Nullable String purpose,
                  boolean refused) { }

    @GetMapping("/cases/{caseId}/audit")
    String trail(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                 @RequestParam(required = false, defaultValue = "all") String show, Locale locale, Model model,
                 HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        if (!NeedToKnow.readsAuditTrail(reader)) {
            accessLog.refused(reader, Look.AUDIT_TRAIL, id, why);
            throw new NotAllowed("not-a-reviewer", "only the chair and compliance reviewers read audit trails");
        }
        List<AuditEntry> changes = queries.query(new FindAuditTrail(reader, id),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        if (changes.isEmpty()) {
            accessLog.refused(reader, Look.AUDIT_TRAIL, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        accessLog.shown(reader, Look.AUDIT_TRAIL, id, why, changes.stream().map(AuditEntry::informationId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(clock.getZone());
        List<Moment> moments = new ArrayList<>();
        if (!show.equals("reads")) {
            for (AuditEntry entry : changes) {
                moments.add(new Moment(entry.occurredAt(), format.format(entry.occurredAt()), true,
                        entry.actorPerson() == null ? "" : entry.actorPerson().value() + " (" + entry.actorPartner().value() + ")",
                        entry.description(), null, false));
            }
        }
        if (!show.equals("changes")) {
            for (AccessRecord read : accessLog.ofCase(id)) {
                moments.add(new Moment(read.recordedAt(), format.format(read.recordedAt()), false,
                        read.person().value() + " (" + read.partner().value() + ")", read.look().name(), read.purpose(),
                        read.outcome() == org.roundtable.service.access.Outcome.REFUSED));
            }
        }
        moments.sort(Comparator.comparing(Moment::at));
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("moments", moments);
        model.addAttribute("show", show);
        model.addAttribute("purpose", purpose);
        return "audit";
    }
}
