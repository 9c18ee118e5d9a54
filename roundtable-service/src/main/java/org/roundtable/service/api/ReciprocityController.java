package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.projections.reciprocity.FindReciprocity;
import org.roundtable.projections.reciprocity.PartnerContribution;
import org.roundtable.service.access.AccessLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The chair's reciprocity report: per partner and period, what it gave, what it read, what it took on and did. */
@RestController
@Tag(name = ApiDocumentation.REPORTS)
@RequestMapping("/api/reports")
class ReciprocityController {

    /** The longest period one report covers. */
    static final int MAX_DAYS = 3 * 366;

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final DirectoryReader directory;
    private final Clock clock;

    ReciprocityController(QueryGateway queries, AccessLog accessLog, DirectoryReader directory, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.directory = directory;
        this.clock = clock;
    }

    /** The report: the period (both days included) and one line per partner of the round table, by code. */
    record Reciprocity(LocalDate from, LocalDate to, List<PartnerReciprocity> partners) { }

    /**
     * One partner's line: items it shared; looks at cases its people made and the distinct items those
     * returned; actions it took on, and those it completed.
     */
    record PartnerReciprocity(PartnerId partner, boolean active, long itemsShared, long looks, long itemsRead,
                              long actionsTakenOn, long actionsCompleted) { }

    @Operation(operationId = "getReciprocity", summary = "Read what each partner gives and takes",
            description = """
                    For the chair ("avoid participants who only take but never give"): per partner of the round table
                    and period, the items it shared, the looks its people made at cases and the distinct items those
                    returned, the actions it took on and those it completed. The period is `from` to `to`, both days
                    included, in the round table's time zone; by default the last 365 days up to today. Shared items and
                    actions come from a report that may lag a second behind the last command.""")
    @GetMapping("/reciprocity")
    Reciprocity reciprocity(Reader reader,
                            @Parameter(description = "the first day of the period (default: 364 days before `to`)")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                            @Parameter(description = "the last day of the period (default: today)")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        if (!NeedToKnow.seesReciprocity(reader)) {
            throw new NotAllowed("not-the-chair", "only the chair sees what each partner gives and takes");
        }
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusDays(364) : from;
        if (first.isAfter(last)) {
            throw new InvalidValue("from", "the period starts on or before its last day");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidValue("to", "a report covers at most " + MAX_DAYS + " days");
        }
        Instant start = first.atStartOfDay(clock.getZone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<PartnerId, PartnerContribution> given = queries.query(new FindReciprocity(reader, start, end),
                        ResponseTypes.multipleInstancesOf(PartnerContribution.class)).join().stream()
                .collect(Collectors.toMap(PartnerContribution::partner, Function.identity()));
        Map<PartnerId, Boolean> partners = new TreeMap<>();
        directory.partners().forEach(partner -> partners.put(partner.partner(), partner.active()));
        given.keySet().forEach(partner -> partners.putIfAbsent(partner, false));
        List<PartnerReciprocity> lines = partners.entrySet().stream().map(entry -> {
            PartnerId partner = entry.getKey();
            PartnerContribution contribution = given.getOrDefault(partner, new PartnerContribution(partner, 0, 0, 0));
            AccessLog.Reads reads = accessLog.readsBy(partner, start, end);
            return new PartnerReciprocity(partner, entry.getValue(), contribution.itemsShared(), reads.looks(),
                    reads.items(), contribution.actionsTakenOn(), contribution.actionsCompleted());
        }).toList();
        return new Reciprocity(first, last, lines);
    }
}
