package org.roundtable.projections.sessions;

import org.jspecify.annotations.Nullable;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.AgendaPurpose;
import org.roundtable.core.sessions.Attendance;
import org.roundtable.core.sessions.CarryForwardReason;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.SessionStatus;
import org.roundtable.core.sessions.Venue;
import org.roundtable.core.sharing.CaseFacts;
import org.roundtable.core.sharing.NeedToKnow;
import org.roundtable.core.sharing.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads sessions for one reader, deciding with {@link NeedToKnow} from the columns this read model keeps: no
 * session for a reader who may see none; for a partner's representative, only the items about cases it may see in
 * full, the others left out entirely (not counted, not hinted at).
 */
class SessionsReader {

    private final JdbcClient jdbc;

    SessionsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SessionSummary> list(Reader reader, SessionPeriod period) {
        if (!NeedToKnow.seesSessions(reader)) {
            return List.of();
        }
        String which = period == SessionPeriod.UPCOMING
                ? "where status = 'SCHEDULED' order by starts_at, session_id"
                : "where status <> 'SCHEDULED' order by starts_at desc, session_id";
        return jdbc.sql("select session_id, starts_at, place, video_link, chaired_by, status from sessions_session " + which)
                .query((rs, row) -> new SessionSummary(new SessionId(rs.getObject("session_id", UUID.class)),
                        instant(rs, "starts_at"), venue(rs), new PersonId(rs.getString("chaired_by")),
                        SessionStatus.valueOf(rs.getString("status"))))
                .list();
    }

    Optional<SessionView> find(Reader reader, SessionId sessionId) {
        if (!NeedToKnow.seesSessions(reader)) {
            return Optional.empty();
        }
        boolean whole = NeedToKnow.seesWholeSession(reader);
        return jdbc.sql("""
                        select starts_at, place, video_link, chaired_by, status, cancel_reason, closed_at
                        from sessions_session where session_id = :sessionId""")
                .param("sessionId", sessionId.value())
                .query((rs, row) -> new SessionView(sessionId, instant(rs, "starts_at"), venue(rs),
                        new PersonId(rs.getString("chaired_by")), SessionStatus.valueOf(rs.getString("status")),
                        whole ? rs.getString("cancel_reason") : null, instant(rs, "closed_at"),
                        List.of(), List.of(), List.of(), List.of()))
                .optional()
                .map(session -> new SessionView(session.sessionId(), session.startsAt(), session.venue(),
                        session.chairedBy(), session.status(), session.cancelReason(), session.closedAt(),
                        agenda(reader, sessionId), attendance(sessionId), agreements(sessionId),
                        whole ? corrections(sessionId).getOrDefault(null, List.of()) : List.of()));
    }

    /**
     * Concerns waiting for screening, oldest first; then open cases with an action carried forward by an earlier
     * session and neither completed nor cancelled since ({@link AgendaPurpose#CARRIED_FORWARD}), the longest carried
     * first; then open cases with an action still open whose due date is before the day the session starts, the
     * longest overdue first; then open cases whose review falls due on or before that day
     * ({@link AgendaPurpose#REVIEW}), the earliest first. One entry per case, for the first of these purposes it
     * meets. A case already on the agenda is not proposed.
     */
    Optional<AgendaProposal> propose(Reader reader, SessionId sessionId, ZoneId zone, int minutesPerItem) {
        if (!reader.holds(Role.CHAIR)) {
            return Optional.empty();
        }
        Optional<Instant> startsAt = jdbc.sql("select starts_at from sessions_session where session_id = :sessionId")
                .param("sessionId", sessionId.value())
                .query((rs, row) -> instant(rs, "starts_at"))
                .optional();
        if (startsAt.isEmpty()) {
            return Optional.empty();
        }
        String notOnTheAgenda = """
                c.case_id not in (select i.case_id from sessions_item i
                                  where i.session_id = :sessionId and i.dropped = false)""";
        List<ProposedEntry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("""
                        select c.case_id, c.case_number from sessions_case c
                        where c.status = 'RAISED' and %s
                        order by c.raised_at, c.case_id""".formatted(notOnTheAgenda))
                .param("sessionId", sessionId.value())
                .query((rs, row) -> proposed(rs, AgendaPurpose.SCREENING, minutesPerItem))
                .list());
        addNew(entries, jdbc.sql("""
                        select c.case_id, c.case_number, min(s.starts_at) as carried_since from sessions_case c
                        join sessions_carried_forward f on f.case_id = c.case_id
                        join sessions_session s on s.session_id = f.session_id and s.starts_at < :startsAt
                        join sessions_action a on a.action_id = f.action_id and a.ended = false
                        where c.status = 'OPEN' and %s
                        group by c.case_id, c.case_number
                        order by carried_since, c.case_id""".formatted(notOnTheAgenda))
                .param("sessionId", sessionId.value())
                .param("startsAt", startsAt.get().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> proposed(rs, AgendaPurpose.CARRIED_FORWARD, minutesPerItem))
                .list());
        addNew(entries, jdbc.sql("""
                        select c.case_id, c.case_number, min(a.due_date) as overdue_since from sessions_case c
                        join sessions_action a on a.case_id = c.case_id and a.open = true and a.due_date < :day
                        where c.status = 'OPEN' and %s
                        group by c.case_id, c.case_number
                        order by overdue_since, c.case_id""".formatted(notOnTheAgenda))
                .param("sessionId", sessionId.value())
                .param("day", java.sql.Date.valueOf(LocalDate.ofInstant(startsAt.get(), zone)))
                .query((rs, row) -> proposed(rs, AgendaPurpose.OVERDUE_ACTION, minutesPerItem))
                .list());
        addNew(entries, jdbc.sql("""
                        select c.case_id, c.case_number from sessions_case c
                        where c.status = 'OPEN' and c.next_review_on <= :day and %s
                          and c.case_id not in (select a.case_id from sessions_action a
                                                where a.open = true and a.due_date < :day)
                        order by c.next_review_on, c.case_id""".formatted(notOnTheAgenda))
                .param("sessionId", sessionId.value())
                .param("day", java.sql.Date.valueOf(LocalDate.ofInstant(startsAt.get(), zone)))
                .query((rs, row) -> proposed(rs, AgendaPurpose.REVIEW, minutesPerItem))
                .list());
        return Optional.of(new AgendaProposal(sessionId, entries));
    }

    /** One entry per case: a case proposed already, for an earlier purpose, is not proposed again. */
    private static void addNew(List<ProposedEntry> entries, List<ProposedEntry> more) {
        Set<CaseId> proposed = new HashSet<>();
        entries.forEach(entry -> proposed.add(entry.caseId()));
        more.stream().filter(entry -> proposed.add(entry.caseId())).forEach(entries::add);
    }

    private List<AgendaItemView> agenda(Reader reader, SessionId sessionId) {
        record Row(AgendaItemId itemId, CaseId caseId, @Nullable CaseNumber caseNumber, AgendaPurpose purpose,
                   int minutes, boolean dropped, @Nullable PartnerId raisedBy) { }
        List<Row> rows = jdbc.sql("""
                        select i.item_id, i.case_id, c.case_number, i.purpose, i.minutes, i.dropped, c.raised_by_partner
                        from sessions_item i left join sessions_case c on c.case_id = i.case_id
                        where i.session_id = :sessionId
                        order by i.dropped, i.position, i.item_id""")
                .param("sessionId", sessionId.value())
                .query((rs, row) -> new Row(new AgendaItemId(rs.getObject("item_id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("case_number") == null ? null : new CaseNumber(rs.getString("case_number")),
                        AgendaPurpose.valueOf(rs.getString("purpose")), rs.getInt("minutes"), rs.getBoolean("dropped"),
                        rs.getString("raised_by_partner") == null ? null : new PartnerId(rs.getString("raised_by_partner"))))
                .list();
        Map<CaseId, Set<PartnerId>> participants = participants(sessionId);
        Map<UUID, List<ItemNote>> notes = notes(sessionId);
        Map<UUID, List<Decision>> decisions = decisions(sessionId);
        Map<UUID, List<Correction>> corrections = corrections(sessionId);
        Map<UUID, List<CarriedAction>> carried = carriedForward(sessionId);
        boolean whole = NeedToKnow.seesWholeSession(reader);
        return rows.stream()
                .filter(row -> whole || row.raisedBy() != null && NeedToKnow.access(reader,
                        new CaseFacts(row.raisedBy(), participants.getOrDefault(row.caseId(), Set.of()))).seesCaseFile())
                .map(row -> new AgendaItemView(row.itemId(), row.caseId(), row.caseNumber(), row.purpose(), row.minutes(),
                        row.dropped(), notes.getOrDefault(row.itemId().value(), List.of()),
                        decisions.getOrDefault(row.itemId().value(), List.of()),
                        corrections.getOrDefault(row.itemId().value(), List.of()),
                        carried.getOrDefault(row.itemId().value(), List.of())))
                .toList();
    }

    /** The participants of every case on the session's agenda. */
    private Map<CaseId, Set<PartnerId>> participants(SessionId sessionId) {
        Map<CaseId, Set<PartnerId>> participants = new HashMap<>();
        jdbc.sql("""
                        select p.case_id, p.partner_id from sessions_case_participant p
                        where p.case_id in (select i.case_id from sessions_item i where i.session_id = :sessionId)""")
                .param("sessionId", sessionId.value())
                .query(rs -> {
                    participants.computeIfAbsent(new CaseId(rs.getObject("case_id", UUID.class)), any -> new HashSet<>())
                            .add(new PartnerId(rs.getString("partner_id")));
                });
        return participants;
    }

    private Map<UUID, List<ItemNote>> notes(SessionId sessionId) {
        Map<UUID, List<ItemNote>> notes = new HashMap<>();
        jdbc.sql("""
                        select item_id, note, recorded_at, recorded_by from sessions_note
                        where session_id = :sessionId order by sequence_number""")
                .param("sessionId", sessionId.value())
                .query(rs -> {
                    notes.computeIfAbsent(rs.getObject("item_id", UUID.class), any -> new ArrayList<>())
                            .add(new ItemNote(rs.getString("note"), instant(rs, "recorded_at"), person(rs, "recorded_by")));
                });
        return notes;
    }

    /** The decisions taken at each item, in the order they were taken. */
    private Map<UUID, List<Decision>> decisions(SessionId sessionId) {
        Map<UUID, List<Decision>> decisions = new HashMap<>();
        jdbc.sql("""
                        select item_id, kind, partner, partners, on_date, detail, text, decided_at, decided_by
                        from sessions_decision where session_id = :sessionId
                        order by decided_at, case_id, sequence_number""")
                .param("sessionId", sessionId.value())
                .query(rs -> {
                    String partner = rs.getString("partner");
                    String partners = rs.getString("partners");
                    java.sql.Date on = rs.getDate("on_date");
                    decisions.computeIfAbsent(rs.getObject("item_id", UUID.class), any -> new ArrayList<>())
                            .add(new Decision(rs.getString("kind"), partner == null ? null : new PartnerId(partner),
                                    partners == null ? List.of()
                                            : java.util.Arrays.stream(partners.split(",")).map(PartnerId::new).toList(),
                                    on == null ? null : on.toLocalDate(), rs.getString("detail"), rs.getString("text"),
                                    instant(rs, "decided_at"), person(rs, "decided_by")));
                });
        return decisions;
    }

    /** The corrections by item; those of the session as a whole under the key null. */
    private Map<UUID, List<Correction>> corrections(SessionId sessionId) {
        Map<UUID, List<Correction>> corrections = new HashMap<>();
        jdbc.sql("""
                        select item_id, correction, reason, corrected_at, corrected_by from sessions_correction
                        where session_id = :sessionId order by sequence_number""")
                .param("sessionId", sessionId.value())
                .query(rs -> {
                    UUID item = rs.getObject("item_id", UUID.class);
                    corrections.computeIfAbsent(item, any -> new ArrayList<>())
                            .add(new Correction(item == null ? null : new AgendaItemId(item), rs.getString("correction"),
                                    rs.getString("reason"), instant(rs, "corrected_at"), person(rs, "corrected_by")));
                });
        return corrections;
    }

    /** The actions carried forward by item, in the order they were named. */
    private Map<UUID, List<CarriedAction>> carriedForward(SessionId sessionId) {
        Map<UUID, List<CarriedAction>> carried = new HashMap<>();
        jdbc.sql("""
                        select f.item_id, f.action_id, f.reason, a.assignee, a.description, a.due_date
                        from sessions_carried_forward f join sessions_action a on a.action_id = f.action_id
                        where f.session_id = :sessionId order by f.sequence_number""")
                .param("sessionId", sessionId.value())
                .query(rs -> {
                    carried.computeIfAbsent(rs.getObject("item_id", UUID.class), any -> new ArrayList<>())
                            .add(new CarriedAction(new ActionId(rs.getObject("action_id", UUID.class)),
                                    new PartnerId(rs.getString("assignee")), rs.getString("description"),
                                    rs.getObject("due_date", LocalDate.class),
                                    CarryForwardReason.valueOf(rs.getString("reason"))));
                });
        return carried;
    }

    private List<AttendanceView> attendance(SessionId sessionId) {
        return jdbc.sql("""
                        select partner_id, attendance, represented_by from sessions_attendance
                        where session_id = :sessionId order by partner_id""")
                .param("sessionId", sessionId.value())
                .query((rs, row) -> new AttendanceView(new PartnerId(rs.getString("partner_id")),
                        Attendance.valueOf(rs.getString("attendance")), person(rs, "represented_by")))
                .list();
    }

    private List<ConfidentialityAgreement> agreements(SessionId sessionId) {
        return jdbc.sql("""
                        select partner_id, person_id, agreed_at from sessions_agreement
                        where session_id = :sessionId order by agreed_at, person_id""")
                .param("sessionId", sessionId.value())
                .query((rs, row) -> new ConfidentialityAgreement(new PartnerId(rs.getString("partner_id")),
                        new PersonId(rs.getString("person_id")), instant(rs, "agreed_at")))
                .list();
    }

    private static ProposedEntry proposed(ResultSet rs, AgendaPurpose purpose, int minutes) throws SQLException {
        return new ProposedEntry(new CaseId(rs.getObject("case_id", UUID.class)), new CaseNumber(rs.getString("case_number")),
                purpose, minutes);
    }

    private static Venue venue(ResultSet rs) throws SQLException {
        String link = rs.getString("video_link");
        return new Venue(rs.getString("place"), link == null ? null : URI.create(link));
    }

    private static @Nullable PersonId person(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : new PersonId(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
