package org.roundtable.core.sessions;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;

import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.sessions.SessionFixtures.ANNA;
import static org.roundtable.core.sessions.SessionFixtures.CHAIR;
import static org.roundtable.core.sessions.SessionFixtures.POLICE;
import static org.roundtable.core.sessions.SessionFixtures.REPRESENTATIVE;
import static org.roundtable.core.sessions.SessionFixtures.SCHOOL;
import static org.roundtable.core.sessions.SessionFixtures.SESSION;
import static org.roundtable.core.sessions.SessionFixtures.SOFIE;
import static org.roundtable.core.sessions.SessionFixtures.UNREGISTERED;
import static org.roundtable.core.sessions.SessionFixtures.present;
import static org.roundtable.core.sessions.SessionFixtures.sessionCancelled;
import static org.roundtable.core.sessions.SessionFixtures.sessionFixture;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/**
 * The chair records, per partner, whether it is present (and who represents it), sent apologies, is absent or
 * sent information instead; and that each person at the table agreed to the confidentiality statement. Nobody
 * is obliged to speak: attendance records presence, never contributions.
 */
class RecordingAttendanceTest {

    private final AggregateTestFixture<Session> fixture = sessionFixture();

    @Test
    void a_partner_present_is_recorded_with_its_representative() {
        fixture.given(sessionScheduled())
               .when(new RecordAttendance(SESSION, CHAIR, POLICE, Attendance.PRESENT, ANNA))
               .expectEvents(present(POLICE, ANNA));
    }

    @Test
    void apologies_absence_and_information_sent_name_no_representative() {
        fixture.given(sessionScheduled())
               .when(new RecordAttendance(SESSION, CHAIR, SCHOOL, Attendance.INFORMATION_SENT, null))
               .expectEvents(new AttendanceRecorded(SESSION, SCHOOL, Attendance.INFORMATION_SENT, null));
        sessionFixture().given(sessionScheduled())
               .when(new RecordAttendance(SESSION, CHAIR, SCHOOL, Attendance.APOLOGIES, SOFIE))
               .expectException(InvalidValue.class)
               .expectNoEvents();
        sessionFixture().given(sessionScheduled())
               .when(new RecordAttendance(SESSION, CHAIR, POLICE, Attendance.PRESENT, null))
               .expectException(InvalidValue.class)
               .expectNoEvents();
    }

    @Test
    void only_partners_of_the_round_table_attend() {
        fixture.given(sessionScheduled())
               .when(new RecordAttendance(SESSION, CHAIR, UNREGISTERED, Attendance.ABSENT, null))
               .expectException(refusal(RuleViolation.class, "not-a-registered-partner"))
               .expectNoEvents();
    }

    @Test
    void only_the_chair_records_attendance() {
        fixture.given(sessionScheduled())
               .when(new RecordAttendance(SESSION, REPRESENTATIVE, POLICE, Attendance.PRESENT, ANNA))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void the_representative_at_the_table_agrees_to_the_confidentiality_statement_once() {
        fixture.given(sessionScheduled(), present(POLICE, ANNA))
               .when(new RecordConfidentialityAgreement(SESSION, CHAIR, POLICE, ANNA))
               .expectEvents(new ConfidentialityAgreed(SESSION, POLICE, ANNA));
        sessionFixture().given(sessionScheduled(), present(POLICE, ANNA), new ConfidentialityAgreed(SESSION, POLICE, ANNA))
               .when(new RecordConfidentialityAgreement(SESSION, CHAIR, POLICE, ANNA))
               .expectException(refusal(RuleViolation.class, "already-agreed"))
               .expectNoEvents();
    }

    @Test
    void only_someone_recorded_at_the_table_agrees_to_the_statement() {
        fixture.given(sessionScheduled(), present(POLICE, ANNA))
               .when(new RecordConfidentialityAgreement(SESSION, CHAIR, SCHOOL, SOFIE))
               .expectException(refusal(RuleViolation.class, "not-at-the-table"))
               .expectNoEvents();
        sessionFixture().given(sessionScheduled(), present(POLICE, ANNA),
                        new AttendanceRecorded(SESSION, POLICE, Attendance.APOLOGIES, null))
               .when(new RecordConfidentialityAgreement(SESSION, CHAIR, POLICE, ANNA))
               .expectException(refusal(RuleViolation.class, "not-at-the-table"))
               .expectNoEvents();
    }

    @Test
    void a_cancelled_session_records_no_attendance() {
        fixture.given(sessionScheduled(), sessionCancelled())
               .when(new RecordAttendance(SESSION, CHAIR, POLICE, Attendance.PRESENT, ANNA))
               .expectException(refusal(RuleViolation.class, "session-cancelled"))
               .expectNoEvents();
    }
}
