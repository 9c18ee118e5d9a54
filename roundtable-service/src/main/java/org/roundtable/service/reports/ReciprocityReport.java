package org.roundtable.service.reports;

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
import org.roundtable.service.access.Look;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chair's reciprocity report, for {@code GET /api/reports/reciprocity} and its page alike: per partner of
 * the round table and period, what it gave, what it read, what it took on and did. The look is recorded in
 * the access log before the report is returned; anyone but the chair is refused.
 */
@Component
public class ReciprocityReport {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 3 * 366;

    private final QueryGateway queries;
    private final AccessLog accessLog;
    private final DirectoryReader directory;
    private final Clock clock;

    public ReciprocityReport(QueryGateway queries, AccessLog accessLog, DirectoryReader directory, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.directory = directory;
        this.clock = clock;
    }

    /** The period (both days included) and one line per partner, by code. */
    public record Report(LocalDate from, LocalDate to, List<Line> partners) { }

    /** One partner's figures; {@code active} is false for a partner that has left the round table. */
    public record Line(PartnerId partner, boolean active, long itemsShared, long looks, long itemsRead,
                       long actionsTakenOn, long actionsCompleted) { }

    /**
     * The report from {@code from} to {@code to}; by default the 365 days up to today.
     *
     * @throws NotAllowed   for anyone but the chair
     * @throws InvalidValue for a period that ends before it starts ({@code from}) or is longer than {@value #MAX_DAYS}
     *                      days ({@code to})
     */
    public Report read(Reader reader, @Nullable LocalDate from, @Nullable LocalDate to) {
        String why = admit(reader);
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
        List<Line> lines = partners.entrySet().stream().map(entry -> {
            PartnerId partner = entry.getKey();
            PartnerContribution contribution = given.getOrDefault(partner, new PartnerContribution(partner, 0, 0, 0));
            AccessLog.Reads reads = accessLog.readsBy(partner, start, end);
            return new Line(partner, entry.getValue(), contribution.itemsShared(), reads.looks(), reads.items(),
                    contribution.actionsTakenOn(), contribution.actionsCompleted());
        }).toList();
        accessLog.shown(reader, Look.RECIPROCITY, null, why, List.of());
        return new Report(first, last, lines);
    }

    /**
     * Lets the chair in, answering the look's purpose (the round table's work). Anyone else is refused before
     * anything is read; the refusal is logged as every 403 is.
     *
     * @throws NotAllowed for anyone but the chair
     */
    public String admit(Reader reader) {
        if (!NeedToKnow.seesReciprocity(reader)) {
            throw new NotAllowed("not-the-chair", "only the chair sees what each partner gives and takes");
        }
        return accessLog.purpose(reader, null);
    }
}
