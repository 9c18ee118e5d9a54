package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.audit.AuditEntry;
import org.roundtable.projections.audit.FindAuditTrail;
import org.roundtable.service.access.AccessLog;
import org.roundtable.service.access.AccessRecord;
import org.roundtable.service.access.AuditFilter;
import org.roundtable.service.access.Look;
import org.roundtable.service.access.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A case's audit trail as one timeline of changes and looks, for the chair and compliance reviewers (who
 * state the purpose of each look first), narrowed by the same filters as the API's: the same queries and access
 * record as {@code GET /api/cases/{caseId}/audit}. The filter form is a plain GET form; with htmx it replaces
 * only the timeline (the answer to a request that targets it is the timeline alone), and the number of entries
 * is announced.
 */
@Controller
class AuditTrailPage {

    /** The element an htmx filter request replaces. */
    static final String TIMELINE = "timeline";

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

    /** The filters as the person gave them, to show them again in the form. */
    record Filters(String show, String partner, String person, String from, String to, String kind) { }

    @GetMapping("/cases/{caseId}/audit")
    String trail(@PathVariable UUID caseId, Reader reader, @RequestParam(required = false) @Nullable String purpose,
                 @RequestParam(required = false, defaultValue = "all") String show,
                 @RequestParam(required = false, defaultValue = "") String partner,
                 @RequestParam(required = false, defaultValue = "") String person,
                 @RequestParam(required = false, defaultValue = "") String from,
                 @RequestParam(required = false, defaultValue = "") String to,
                 @RequestParam(required = false, defaultValue = "") String kind,
                 @RequestHeader(name = "HX-Target", required = false) @Nullable String htmxTarget,
                 Locale locale, Model model, HttpServletResponse response) {
        CaseId id = new CaseId(caseId);
        String why = accessLog.purpose(reader, purpose); // without a needed purpose: the page that asks for it
        if (!NeedToKnow.readsAuditTrail(reader)) {
            accessLog.refused(reader, Look.AUDIT_TRAIL, id, why);
            throw new NotAllowed("not-a-reviewer", "only the chair and compliance reviewers read audit trails");
        }
        boolean onlyTimeline = TIMELINE.equals(htmxTarget);
        response.addHeader("Vary", "HX-Target");
        model.addAttribute("onlyTimeline", onlyTimeline);
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("purpose", purpose);
        model.addAttribute("filters", new Filters(show, partner, person, from, to, kind));
        model.addAttribute("changeKinds", AuditFilter.CHANGE_KINDS);
        model.addAttribute("lookKinds", AuditFilter.LOOK_KINDS);
        AuditFilter filter;
        try {
            filter = AuditFilter.of(partner, person, from, to, kind);
        } catch (InvalidValue invalid) {
            // Nothing is shown, so nothing is recorded: the form says what to correct, next to the field.
            model.addAttribute("problem", invalid.field());
            model.addAttribute("moments", List.of());
            model.addAttribute("partners", List.of(partner));
            model.addAttribute("people", List.of(person));
            if (onlyTimeline) { // the whole page's main part, so that the problem stands next to its field
                response.addHeader("HX-Retarget", "#main");
                response.addHeader("HX-Reselect", "#main");
                response.addHeader("HX-Reswap", "outerHTML");
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return "audit";
        }
        List<AuditEntry> changes = queries.query(new FindAuditTrail(reader, id),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        if (changes.isEmpty()) {
            accessLog.refused(reader, Look.AUDIT_TRAIL, id, why);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "not-found";
        }
        ZoneId zone = clock.getZone();
        List<AuditEntry> shownChanges = changes.stream().filter(change -> filter.admits(change, zone)).toList();
        accessLog.shown(reader, Look.AUDIT_TRAIL, id, why, shownChanges.stream().map(AuditEntry::informationId)
                .filter(Objects::nonNull).distinct().toList());
        List<AccessRecord> looks = accessLog.ofCase(id);

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone);
        List<Moment> moments = new ArrayList<>();
        if (!show.equals("reads")) {
            for (AuditEntry entry : shownChanges) {
                moments.add(new Moment(entry.occurredAt(), format.format(entry.occurredAt()), true,
                        entry.actorPerson() == null ? "" : entry.actorPerson().value() + " (" + entry.actorPartner().value() + ")",
                        entry.description(), null, false));
            }
        }
        if (!show.equals("changes")) {
            for (AccessRecord read : looks) {
                if (filter.admits(read, zone)) {
                    moments.add(new Moment(read.recordedAt(), format.format(read.recordedAt()), false,
                            read.person().value() + " (" + read.partner().value() + ")", read.look().name(),
                            read.purpose(), read.outcome() == Outcome.REFUSED));
                }
            }
        }
        moments.sort(Comparator.comparing(Moment::at));
        model.addAttribute("moments", moments);
        // The choices: whoever appears in the trail (a hidden source names no one).
        model.addAttribute("partners", new TreeSet<>(Stream.concat(
                changes.stream().map(AuditEntry::actorPartner).filter(Objects::nonNull).map(p -> p.value()),
                looks.stream().map(look -> look.partner().value())).toList()));
        model.addAttribute("people", new TreeSet<>(Stream.concat(
                changes.stream().map(AuditEntry::actorPerson).filter(Objects::nonNull).map(p -> p.value()),
                looks.stream().map(look -> look.person().value())).toList()));
        return onlyTimeline ? "audit :: timeline" : "audit";
    }
}
