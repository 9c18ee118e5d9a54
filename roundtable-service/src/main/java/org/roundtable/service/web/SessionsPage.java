package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.Actor;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.Role;
import org.roundtable.core.sessions.ScheduleSession;
import org.roundtable.core.sessions.SessionId;
import org.roundtable.core.sessions.Venue;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.sessions.SessionPeriod;
import org.roundtable.service.access.Look;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The round table's sessions, upcoming and past, for the chair, compliance reviewers and partners'
 * representatives, read and recorded as {@code GET /api/sessions}; and, for the chair, scheduling one: when (in
 * the round table's time zone), at a place, by video link or both. The form carries the session's id, made when
 * it is shown: sent twice, it schedules the session once.
 */
@Controller
class SessionsPage {

    private final SessionReads sessions;
    private final OncePerForm once;
    private final RoundtableProperties properties;

    SessionsPage(SessionReads sessions, OncePerForm once, RoundtableProperties properties) {
        this.sessions = sessions;
        this.once = once;
        this.properties = properties;
    }

    /** When and where a session meets, as the chair typed it, shown again with the problems. */
    record When(String formKey, @Nullable String startsAt, @Nullable String place, @Nullable String videoLink) {

        static When blank() {
            return new When(OncePerForm.newKey(), null, null, null);
        }

        /** The start as an instant in the round table's zone, or null with the problem of what is missing. */
        @Nullable Instant start(ZoneId zone, Map<String, String> problems) {
            try {
                return LocalDateTime.parse(startsAt == null ? "" : startsAt.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException missing) {
                problems.put("startsAt", "sessions.problem.startsAt");
                return null;
            }
        }

        /** The venue, or null with the problem of the field concerned. */
        @Nullable Venue venue(Map<String, String> problems) {
            boolean noPlace = place == null || place.isBlank();
            boolean noLink = videoLink == null || videoLink.isBlank();
            if (noPlace && noLink) {
                problems.put("place", "sessions.problem.venue");
                return null;
            }
            if (!noPlace && place.strip().length() > Venue.MAX_PLACE_LENGTH) {
                problems.put("place", "sessions.problem.place");
                return null;
            }
            try {
                return Venue.of(place, videoLink);
            } catch (InvalidValue invalid) {
                problems.put("videoLink", "sessions.problem.videoLink");
                return null;
            }
        }

        /** The value of a start for a {@code datetime-local} field, in the round table's zone. */
        static String field(Instant at, ZoneId zone) {
            return LocalDateTime.ofInstant(at, zone).toString();
        }
    }

    @GetMapping("/sessions")
    String list(Reader reader, @RequestParam(required = false) @Nullable String purpose, Locale locale, Model model) {
        return show(reader, purpose, When.blank(), Map.of(), locale, model);
    }

    @PostMapping("/sessions")
    String schedule(Actor actor, Reader reader, @RequestParam(defaultValue = "") String formKey,
                    @RequestParam(required = false) @Nullable String startsAt,
                    @RequestParam(required = false) @Nullable String place,
                    @RequestParam(required = false) @Nullable String videoLink,
                    Locale locale, Model model, HttpServletResponse response) {
        When when = new When(formKey, startsAt, place, videoLink);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!OncePerForm.isKey(formKey)) {
            problems.put("form", "sessions.problem.form");
        }
        Instant start = when.start(properties.timeZone(), problems);
        Venue venue = when.venue(problems);
        if (problems.isEmpty()) {
            SessionId sessionId = new SessionId(UUID.fromString(formKey));
            try {
                once.send(new ScheduleSession(sessionId, actor, start, venue), formKey, "/sessions");
                return "redirect:/sessions/" + sessionId.value();
            } catch (RuntimeException failure) {
                var invalid = TryAgain.causeOf(failure, InvalidValue.class);
                if (invalid.isEmpty() || !invalid.get().field().equals("startsAt")) {
                    throw failure; // not the chair: the error pages say so
                }
                problems.put("startsAt", "sessions.problem.startsAt.past");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(reader, null, when, problems, locale, model);
    }

    private String show(Reader reader, @Nullable String purpose, When when, Map<String, String> problems,
                        Locale locale, Model model) {
        String why = sessions.purpose(reader, Look.SESSION_LIST, purpose);
        model.addAttribute("upcoming", sessions.list(reader, SessionPeriod.UPCOMING, why));
        model.addAttribute("past", sessions.list(reader, SessionPeriod.PAST, why));
        model.addAttribute("maySchedule", reader.holds(Role.CHAIR));
        model.addAttribute("when", when);
        model.addAttribute("problems", problems);
        model.addAttribute("dateTime", dateTime(locale, properties.timeZone()));
        return "sessions";
    }

    /** Dates and times as the language writes them, in the round table's zone. */
    static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }
}
