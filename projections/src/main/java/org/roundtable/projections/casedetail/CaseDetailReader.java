package org.roundtable.projections.casedetail;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.AgeBand;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.cases.ClosureReason;
import org.roundtable.core.cases.ConcernCategory;
import org.roundtable.core.cases.ExitCriteria;
import org.roundtable.core.cases.RepeatOf;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.cases.InformationId;
import org.roundtable.core.cases.PostClosureReviewOutcome;
import org.roundtable.core.cases.Urgency;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.sharing.CaseAccess;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.ItemFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.roundtable.core.sharing.SharingLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads one case and its child rows back into a {@link CaseDetail}, as far as its reader may see it. */
class CaseDetailReader {

    private final JdbcClient jdbc;

    CaseDetailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case as far as the reader may see it; empty when there is no such case or the reader may not know of
     * it. The sharing rules ({@link NeedToKnow}) decide from the columns the case detail keeps: who raised the
     * concern, who takes part, and each item's owner, level and source protection.
     */
    Optional<CaseDetail> find(Reader reader, CaseId caseId) {
        Optional<CaseRow> row = jdbc.sql("select * from case_detail where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, rowNumber) -> new CaseRow(
                        new CaseNumber(rs.getString("case_number")),
                        CaseStatus.valueOf(rs.getString("status")),
                        Subject.of(rs.getString("subject_given_name"), rs.getString("subject_family_name"),
                                rs.getObject("subject_date_of_birth", LocalDate.class),
                                enumOrNull(AgeBand.class, rs.getString("subject_age_band"))),
                        new Actor(new PersonId(rs.getString("raised_by_person")), new PartnerId(rs.getString("raised_by_partner"))),
                        rs.getString("summary"),
                        Urgency.valueOf(rs.getString("urgency")),
                        ConcernCategory.valueOf(rs.getString("category")),
                        instant(rs, "raised_at"),
                        partner(rs.getString("lead_partner")),
                        new CaseReviews(rs.getObject("next_review_on", LocalDate.class), rs.getBoolean("review_due"),
                                rs.getObject("last_reviewed_on", LocalDate.class), rs.getString("last_review_note"),
                                days(rs.getString("post_closure_reviews")), days(rs.getString("post_closure_reviews_due"))),
                        rs.getString("exit_criteria") == null ? ClosingReportView.NONE : new ClosingReportView(
                                rs.getString("closing_outcome"), ExitCriteria.valueOf(rs.getString("exit_criteria"))),
                        rs.getObject("repeat_of_case_id", UUID.class) == null ? null : new RepeatOf(
                                new CaseId(rs.getObject("repeat_of_case_id", UUID.class)),
                                new CaseNumber(rs.getString("repeat_of_number")))))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        CaseRow kase = row.get();
        List<PartnerId> participants = participants(caseId);
        CaseFacts facts = new CaseFacts(kase.raisedBy().partner(), Set.copyOf(participants));
        CaseAccess access = NeedToKnow.access(reader, facts);
        if (access == CaseAccess.NONE) {
            return Optional.empty();
        }
        if (!access.seesCaseFile()) {
            List<StatusChange> screening = screening(history(caseId));
            return Optional.of(new CaseDetail(caseId, kase.number(), screening.get(screening.size() - 1).status(),
                    kase.subject(), kase.raisedBy(), kase.summary(), kase.urgency(), kase.category(), kase.raisedAt(),
                    null, List.of(), screening, List.of(), List.of(), access));
        }
        List<InformationItem> information = information(reader, facts, caseId);
        boolean known = kase.repeatOf() != null && knows(reader, kase.repeatOf().caseId());
        Set<InformationId> seen = information.stream().map(InformationItem::informationId).collect(Collectors.toSet());
        return Optional.of(new CaseDetail(caseId, kase.number(), kase.status(), kase.subject(), kase.raisedBy(),
                kase.summary(), kase.urgency(), kase.category(), kase.raisedAt(), kase.lead(), participants,
                history(caseId), information, actions(caseId, seen), access, withRecorded(caseId, kase.reviews()),
                kase.closingReport(),
                known ? kase.repeatOf().caseId() : null, known ? kase.repeatOf().caseNumber() : null));
    }

    /**
     * The case's reviews with those recorded after closing, the earliest first; a review after closing that fell due
     * and was recorded is no longer due.
     */
    private CaseReviews withRecorded(CaseId caseId, CaseReviews reviews) {
        List<PostClosureReview> recorded = jdbc.sql("""
                        select due_on, reviewed_on, note, outcome from case_detail_post_closure_review
                        where case_id = :caseId order by sequence_number""")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PostClosureReview(rs.getObject("due_on", LocalDate.class),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getString("note"),
                        PostClosureReviewOutcome.valueOf(rs.getString("outcome"))))
                .list();
        Set<LocalDate> answered = recorded.stream().map(PostClosureReview::dueOn).collect(Collectors.toSet());
        return new CaseReviews(reviews.nextReviewOn(), reviews.due(), reviews.lastReviewedOn(), reviews.lastNote(),
                reviews.afterClosure(), reviews.afterClosureDue().stream().filter(day -> !answered.contains(day)).toList(),
                recorded);
    }

    /** The columns of the case's own row. */
    private record CaseRow(CaseNumber number, CaseStatus status, Subject subject, Actor raisedBy, String summary,
                           Urgency urgency, ConcernCategory category, Instant raisedAt, PartnerId lead,
                           CaseReviews reviews, ClosingReportView closingReport, RepeatOf repeatOf) { }

    /** Whether the reader may know of this case at all, as the sharing rules decide from its row. */
    private boolean knows(Reader reader, CaseId caseId) {
        return jdbc.sql("select raised_by_partner from case_detail where case_id = :caseId")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PartnerId(rs.getString("raised_by_partner")))
                .optional()
                .map(raiser -> NeedToKnow.access(reader, new CaseFacts(raiser, Set.copyOf(participants(caseId))))
                        != CaseAccess.NONE)
                .orElse(false);
    }

    /** The most recently closed case about the same subject, closed since then (see {@link FindRecentClosure}). */
    Optional<RepeatOf> recentClosure(SubjectIdentity subject, Instant since) {
        if (subject.givenName() == null || subject.familyName() == null || subject.dateOfBirth() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select case_id, case_number from case_detail
                        where status = 'CLOSED' and closed_at >= :since
                          and lower(trim(subject_given_name)) = :givenName
                          and lower(trim(subject_family_name)) = :familyName
                          and subject_date_of_birth = :dateOfBirth
                        order by closed_at desc""")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .param("givenName", subject.givenName().trim().toLowerCase(Locale.ROOT))
                .param("familyName", subject.familyName().trim().toLowerCase(Locale.ROOT))
                .param("dateOfBirth", subject.dateOfBirth())
                .query((rs, row) -> new RepeatOf(new CaseId(rs.getObject("case_id", UUID.class)),
                        new CaseNumber(rs.getString("case_number"))))
                .list().stream().findFirst();
    }

    private static List<LocalDate> days(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(LocalDate::parse).toList();
    }

    /** The history up to and including the screening decision: what the partner that raised the concern learns. */
    private static List<StatusChange> screening(List<StatusChange> history) {
        List<StatusChange> upToScreening = new ArrayList<>();
        for (StatusChange change : history) {
            upToScreening.add(change);
            if (change.status() != CaseStatus.RAISED) {
                break;
            }
        }
        return upToScreening;
    }

    private List<PartnerId> participants(CaseId caseId) {
        return jdbc.sql("select partner_id from case_detail_participant where case_id = :caseId order by partner_id")
                .param("caseId", caseId.value())
                .query((rs, row) -> new PartnerId(rs.getString("partner_id")))
                .list();
    }

    private List<StatusChange> history(CaseId caseId) {
        return jdbc.sql("select * from case_detail_status_change where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> new StatusChange(
                        CaseStatus.valueOf(rs.getString("status")),
                        instant(rs, "changed_at"),
                        person(rs.getString("by_person")),
                        partner(rs.getString("by_partner")),
                        rs.getString("note"),
                        rs.getString("referred_to"),
                        enumOrNull(ClosureReason.class, rs.getString("closure_reason"))))
                .list();
    }

    /** The items the reader may see, each naming its owner (and who shared it) only to those who may know. */
    private List<InformationItem> information(Reader reader, CaseFacts facts, CaseId caseId) {
        List<InformationItem> visible = new ArrayList<>();
        jdbc.sql("select * from case_detail_information where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query(rs -> {
                    PartnerId owner = new PartnerId(rs.getString("owner_partner"));
                    SharingLevel level = SharingLevel.valueOf(rs.getString("sharing_level"));
                    boolean sourceProtected = rs.getBoolean("source_protected");
                    ItemFacts item = new ItemFacts(owner, level, sourceProtected);
                    if (!NeedToKnow.seesItem(reader, facts, item)) {
                        return;
                    }
                    boolean source = NeedToKnow.seesSource(reader, item);
                    visible.add(new InformationItem(
                            new InformationId(rs.getObject("information_id", UUID.class)),
                            source ? owner : null,
                            rs.getString("content"),
                            level,
                            sourceProtected,
                            instant(rs, "shared_at"),
                            source ? person(rs.getString("shared_by_person")) : null));
                });
        return visible;
    }

    /** Every action of the case; what it relies on only as far as the reader sees those items. */
    private List<ActionItem> actions(CaseId caseId, Set<InformationId> seen) {
        Map<ActionId, List<InformationId>> reliances = reliances(caseId);
        Map<ActionId, List<ProgressNote>> progress = progress(caseId);
        return jdbc.sql("select * from case_detail_action where case_id = :caseId order by sequence_number")
                .param("caseId", caseId.value())
                .query((rs, row) -> {
                    ActionId actionId = new ActionId(rs.getObject("action_id", UUID.class));
                    ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
                    return new ActionItem(
                            actionId,
                            new PartnerId(rs.getString("assignee")),
                            rs.getString("description"),
                            rs.getObject("due_date", LocalDate.class),
                            reliances.getOrDefault(actionId, List.of()).stream().filter(seen::contains).toList(),
                            status,
                            rs.getString("outcome"),
                            instant(rs, "assigned_at"),
                            instant(rs, "completed_at"),
                            rs.getBoolean("overdue"),
                            reason(rs.getString("decline_reason"), status == ActionStatus.DECLINED),
                            reason(rs.getString("cancel_reason"), status == ActionStatus.CANCELLED),
                            progress.getOrDefault(actionId, List.of()));
                })
                .list();
    }

    /** Each action's progress notes, earliest first. */
    private Map<ActionId, List<ProgressNote>> progress(CaseId caseId) {
        Map<ActionId, List<ProgressNote>> notes = new HashMap<>();
        jdbc.sql("""
                        select action_id, partner_id, note, noted_at from case_detail_action_note
                        where case_id = :caseId order by sequence_number""")
                .param("caseId", caseId.value())
                .query(rs -> {
                    notes.computeIfAbsent(new ActionId(rs.getObject("action_id", UUID.class)), id -> new ArrayList<>())
                            .add(new ProgressNote(new PartnerId(rs.getString("partner_id")),
                                    PersonalText.stored(rs.getString("note")), instant(rs, "noted_at")));
                });
        return notes;
    }

    /** A reason the action's status calls for: erased when its text is gone; none when the status calls for none. */
    private static @Nullable PersonalText reason(@Nullable String text, boolean given) {
        if (text != null) {
            return new PersonalText(text);
        }
        return given ? PersonalText.ERASED : null;
    }

    private Map<ActionId, List<InformationId>> reliances(CaseId caseId) {
        Map<ActionId, List<InformationId>> reliances = new HashMap<>();
        jdbc.sql("""
                        select action_id, information_id from case_detail_action_reliance
                        where case_id = :caseId order by information_id""")
                .param("caseId", caseId.value())
                .query(rs -> {
                    reliances.computeIfAbsent(new ActionId(rs.getObject("action_id", UUID.class)),
                                    id -> new ArrayList<>())
                            .add(new InformationId(rs.getObject("information_id", UUID.class)));
                });
        return reliances;
    }

    private static PartnerId partner(String value) {
        return value == null ? null : new PartnerId(value);
    }

    private static PersonId person(String value) {
        return value == null ? null : new PersonId(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
