package org.roundtable.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.sharing.Reader;
import org.roundtable.service.reports.ReciprocityReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The chair's reciprocity report: per partner and period, what it gave, what it read, what it took on and did. */
@RestController
@Tag(name = ApiDocumentation.REPORTS)
@RequestMapping("/api/reports")
class ReciprocityController {

    private final ReciprocityReport report;

    ReciprocityController(ReciprocityReport report) {
        this.report = report;
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
                    actions come from a report that may lag a second behind the last command. The look is recorded in the
                    access log.""")
    @GetMapping("/reciprocity")
    Reciprocity reciprocity(Reader reader,
                            @Parameter(description = "the first day of the period (default: 364 days before `to`)")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                            @Parameter(description = "the last day of the period (default: today)")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        ReciprocityReport.Report read = report.read(reader, from, to);
        return new Reciprocity(read.from(), read.to(), read.partners().stream()
                .map(line -> new PartnerReciprocity(line.partner(), line.active(), line.itemsShared(), line.looks(),
                        line.itemsRead(), line.actionsTakenOn(), line.actionsCompleted()))
                .toList());
    }
}
