package org.roundtable.core.sessions;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.DomainException;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.roundtable.core.sessions.SessionFixtures.CASE;
import static org.roundtable.core.sessions.SessionFixtures.ITEM;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_CASE;
import static org.roundtable.core.sessions.SessionFixtures.OTHER_ITEM;
import static org.roundtable.core.sessions.SessionFixtures.STARTS;
import static org.roundtable.core.sessions.SessionFixtures.itemAdded;
import static org.roundtable.core.sessions.SessionFixtures.sessionCancelled;
import static org.roundtable.core.sessions.SessionFixtures.sessionClosed;
import static org.roundtable.core.sessions.SessionFixtures.sessionScheduled;

/**
 * The round table takes a decision on a case at a session that has begun and is still open, at an item about that
 * case; the case command asks the session this while holding it.
 */
class DecisionsAtTheTableTest {

    private static final Instant DURING = STARTS.plus(Duration.ofMinutes(20));

    private final Session session = new Session();

    DecisionsAtTheTableTest() {
        session.on(sessionScheduled());
        session.on(itemAdded(ITEM, CASE));
        session.on(itemAdded(OTHER_ITEM, OTHER_CASE));
    }

    @Test
    void a_decision_is_taken_at_an_item_about_its_case_once_the_session_has_begun() {
        assertThatCode(() -> session.requireDecisionOn(ITEM, CASE, DURING)).doesNotThrowAnyException();
    }

    @Test
    void no_decision_is_taken_before_the_session_begins() {
        assertThat(refusal(() -> session.requireDecisionOn(ITEM, CASE, STARTS.minusSeconds(60))))
                .isInstanceOf(RuleViolation.class).extracting(DomainException::code).isEqualTo("session-not-started");
    }

    @Test
    void no_decision_reaches_a_closed_session() {
        session.on(sessionClosed());
        assertThat(refusal(() -> session.requireDecisionOn(ITEM, CASE, DURING)))
                .isInstanceOf(RuleViolation.class).extracting(DomainException::code).isEqualTo("session-closed");
    }

    @Test
    void no_decision_reaches_a_cancelled_session() {
        session.on(sessionCancelled());
        assertThat(refusal(() -> session.requireDecisionOn(ITEM, CASE, DURING)))
                .isInstanceOf(RuleViolation.class).extracting(DomainException::code).isEqualTo("session-cancelled");
    }

    @Test
    void a_decision_names_an_item_on_the_agenda() {
        session.on(new AgendaItemDropped(SessionFixtures.SESSION, ITEM, CASE));
        assertThat(refusal(() -> session.requireDecisionOn(ITEM, CASE, DURING)))
                .isInstanceOf(UnknownItem.class).extracting(DomainException::code).isEqualTo("unknown-agenda-item");
    }

    @Test
    void a_decision_on_a_case_is_taken_at_the_item_about_that_case() {
        assertThat(refusal(() -> session.requireDecisionOn(OTHER_ITEM, CASE, DURING)))
                .isInstanceOf(InvalidValue.class);
    }

    private static DomainException refusal(Runnable decision) {
        return catchThrowableOfType(DomainException.class, decision::run);
    }
}
