package org.roundtable.core.sessions;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.core.common.Refusals.refusal;
import static org.roundtable.core.sessions.SessionFixtures.CHAIR;
import static org.roundtable.core.sessions.SessionFixtures.NOW;
import static org.roundtable.core.sessions.SessionFixtures.REASON;
import static org.roundtable.core.sessions.SessionFixtures.REPRESENTATIVE;
import static org.roundtable.core.sessions.SessionFixtures.SESSION;
import static org.roundtable.core.sessions.SessionFixtures.STARTS;
import static org.roundtable.core.sessions.SessionFixtures.TOWN_HALL;
import static org.roundtable.core.sessions.SessionFixtures.sessionCancelled;
import static org.roundtable.core.sessions.SessionFixtures.sessionClosed;
import static org.roundtable.core.sessions.SessionFixtures.sessionFixture;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/** The chair plans a session for a time to come, at a place or by video, may move it, and may call it off. */
class SchedulingASessionTest {

    private final AggregateTestFixture<Session> fixture = sessionFixture();

    @Test
    void the_chair_schedules_a_session_and_chairs_it() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, CHAIR, STARTS, TOWN_HALL))
               .expectEvents(new SessionScheduled(SESSION, STARTS, TOWN_HALL, CHAIR.person()));
    }

    @Test
    void only_the_chair_schedules_a_session() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, REPRESENTATIVE, STARTS, TOWN_HALL))
               .expectException(refusal(NotAllowed.class, "not-the-chair"))
               .expectNoEvents();
    }

    @Test
    void a_session_is_planned_for_a_time_still_to_come() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, CHAIR, NOW, TOWN_HALL))
               .expectException(InvalidValue.class)
               .expectNoEvents();
    }

    @Test
    void a_session_meets_somewhere_a_place_a_secure_video_link_or_both() {
        assertThat(Venue.of(null, "https://video.example.org/round-table").videoLink()).hasToString("https://video.example.org/round-table");
        assertThat(Venue.of("  Town hall ", "").place()).isEqualTo("Town hall");
        assertThatThrownBy(() -> Venue.of(" ", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Venue.of(null, "http://video.example.org/x")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Venue.of(null, "not a link")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Venue.of("x".repeat(Venue.MAX_PLACE_LENGTH + 1), null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_chair_moves_a_planned_session() {
        Venue online = Venue.of(null, "https://video.example.org/round-table");
        fixture.given(sessionScheduled())
               .when(new RescheduleSession(SESSION, CHAIR, STARTS.plus(Duration.ofDays(1)), online))
               .expectEvents(new SessionRescheduled(SESSION, STARTS.plus(Duration.ofDays(1)), online));
    }

    @Test
    void a_session_is_not_moved_into_the_past() {
        fixture.given(sessionScheduled())
               .when(new RescheduleSession(SESSION, CHAIR, NOW.minusSeconds(60), TOWN_HALL))
               .expectException(InvalidValue.class)
               .expectNoEvents();
    }

    @Test
    void the_chair_cancels_a_planned_session_with_a_reason() {
        fixture.given(sessionScheduled())
               .when(new CancelSession(SESSION, CHAIR, REASON))
               .expectEvents(sessionCancelled());
    }

    @Test
    void a_cancelled_session_is_neither_moved_nor_cancelled_again() {
        fixture.given(sessionScheduled(), sessionCancelled())
               .when(new RescheduleSession(SESSION, CHAIR, STARTS, TOWN_HALL))
               .expectException(refusal(RuleViolation.class, "session-cancelled"))
               .expectNoEvents();
        sessionFixture().given(sessionScheduled(), sessionCancelled())
               .when(new CancelSession(SESSION, CHAIR, REASON))
               .expectException(refusal(RuleViolation.class, "session-cancelled"))
               .expectNoEvents();
    }

    @Test
    void a_closed_session_is_not_cancelled() {
        sessionFixture(STARTS.plusSeconds(3600)).given(sessionScheduled(), sessionClosed())
               .when(new CancelSession(SESSION, CHAIR, REASON))
               .expectException(refusal(RuleViolation.class, "session-closed"))
               .expectNoEvents();
    }
}
