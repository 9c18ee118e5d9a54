package org.roundtable.core.sessions;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.sessions.SessionFixtures.ANNA;
import static org.roundtable.core.sessions.SessionFixtures.CASE;
import static org.roundtable.core.sessions.SessionFixtures.CHAIR;
import static org.roundtable.core.sessions.SessionFixtures.ITEM;
import static org.roundtable.core.sessions.SessionFixtures.NOTE;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_ITEM;
import static org.roundtable.core.sessions.SessionFixtures.POLICE;
import static org.roundtable.core.sessions.SessionFixtures.REASON;
import static org.roundtable.core.sessions.SessionFixtures.REPRESENTATIVE;
import static org.roundtable.core.sessions.SessionFixtures.SESSION;
import static org.roundtable.core.sessions.SessionFixtures.STARTS;
import static org.roundtable.core.sessions.SessionFixtures.itemAdded;
import static org.roundtable.core.sessions.SessionFixtures.sessionClosed;
import static org.roundtable.core.sessions.SessionFixtures.sessionFixture;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/**
 * The chair notes what was said per item and closes the session once it has begun; the minutes are then final:
 * a correction is a new event, with its reason, and nothing else changes.
 */
class ClosingASessionTest {

    private static final PersonalText CORRECTION = PersonalText.of("the school reported better attendance since February");

    @Test
    void the_chair_notes_what_was_said_about_an_item() {
        sessionFixture().given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new RecordItemNote(SESSION, CHAIR, ITEM, NOTE))
               .expectEvents(new ItemNoteRecorded(SESSION, ITEM, CASE, NOTE));
    }

    @Test
    void a_note_belongs_to_an_item_on_the_agenda() {
        sessionFixture().given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new RecordItemNote(SESSION, CHAIR, OTHER_ITEM, NOTE))
               .expectException(refusal(UnknownItem.class, "unknown-agenda-item"))
               .expectNoEvents();
    }

    @Test
    void the_chair_closes_a_session_that_has_begun() {
        sessionFixture(STARTS).given(sessionScheduled())
               .when(new CloseSession(SESSION, CHAIR))
               .expectEvents(sessionClosed());
    }

    @Test
    void a_session_still_to_come_is_not_closed() {
        sessionFixture(STARTS.minusSeconds(1)).given(sessionScheduled())
               .when(new CloseSession(SESSION, CHAIR))
               .expectException(refusal(RuleViolation.class, "session-not-started"))
               .expectNoEvents();
    }

    @Test
    void only_the_chair_closes_a_session() {
        sessionFixture(STARTS).given(sessionScheduled())
               .when(new CloseSession(SESSION, REPRESENTATIVE))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void a_closed_session_takes_no_more_notes_attendance_or_closing() {
        sessionFixture(STARTS).given(sessionScheduled(), itemAdded(ITEM, CASE), sessionClosed())
               .when(new RecordItemNote(SESSION, CHAIR, ITEM, NOTE))
               .expectException(refusal(RuleViolation.class, "session-closed"))
               .expectNoEvents();
        sessionFixture(STARTS).given(sessionScheduled(), sessionClosed())
               .when(new RecordAttendance(SESSION, CHAIR, POLICE, Attendance.PRESENT, ANNA))
               .expectException(refusal(RuleViolation.class, "session-closed"))
               .expectNoEvents();
        sessionFixture(STARTS).given(sessionScheduled(), sessionClosed())
               .when(new CloseSession(SESSION, CHAIR))
               .expectException(refusal(RuleViolation.class, "session-closed"))
               .expectNoEvents();
    }

    @Test
    void final_minutes_are_corrected_by_a_new_event_with_its_reason() {
        sessionFixture(STARTS).given(sessionScheduled(), itemAdded(ITEM, CASE), sessionClosed())
               .when(new CorrectMinutes(SESSION, CHAIR, ITEM, CORRECTION, REASON))
               .expectEvents(new MinutesCorrected(SESSION, ITEM, CORRECTION, REASON));
        sessionFixture(STARTS).given(sessionScheduled(), sessionClosed())
               .when(new CorrectMinutes(SESSION, CHAIR, null, CORRECTION, REASON))
               .expectEvents(new MinutesCorrected(SESSION, null, CORRECTION, REASON));
    }

    @Test
    void minutes_still_open_are_not_corrected_but_noted() {
        sessionFixture(STARTS).given(sessionScheduled(), itemAdded(ITEM, CASE))
               .when(new CorrectMinutes(SESSION, CHAIR, ITEM, CORRECTION, REASON))
               .expectException(refusal(RuleViolation.class, "session-not-closed"))
               .expectNoEvents();
    }

    @Test
    void a_correction_about_an_item_names_one_on_the_agenda() {
        sessionFixture(STARTS).given(sessionScheduled(), itemAdded(ITEM, CASE), sessionClosed())
               .when(new CorrectMinutes(SESSION, CHAIR, OTHER_ITEM, CORRECTION, REASON))
               .expectException(refusal(UnknownItem.class, "unknown-agenda-item"))
               .expectNoEvents();
    }
}
