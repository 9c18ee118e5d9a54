package org.roundtable.service.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.ActorCommand;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.sessions.AgendaItemId;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.core.sessions.SessionId;

import java.util.Set;
import java.util.UUID;

/**
 * Where a decision page's form was opened from: a session's run-sheet, at one agenda item, or the case page. The
 * run-sheet's links carry the session and the item ({@code session}, {@code item}); the form keeps them in hidden
 * fields, the command then names them ({@link DecidedIn}), and the chair goes back to the run-sheet at that item.
 * Without them, the decision is the chair's outside any session, as before.
 *
 * @param session the session's id as the link gave it, or null
 * @param item    the agenda item's id as the link gave it, or null
 */
record DecidingAtTheTable(@Nullable String session, @Nullable String item) {

    /** The refusals of the session itself, with their own words ({@code table.problem.<code>}). */
    private static final Set<String> SESSION_RULES = Set.of("session-not-started", "session-closed", "session-cancelled");

    /** Whether the form was opened at a session's table. */
    public boolean atTheTable() {
        return session != null && !session.isBlank() && item != null && !item.isBlank();
    }

    /** The decision's place, or null outside a session. A tampered id is refused as invalid input (400). */
    @Nullable DecidedIn decidedIn() {
        if (!atTheTable()) {
            return null;
        }
        return new DecidedIn(SessionId.of(session), AgendaItemId.of(item));
    }

    /** The command as it is sent: at the table, it names the session and the item. */
    CommandMessage<?> message(ActorCommand command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        DecidedIn decidedIn = decidedIn();
        return decidedIn == null ? message : message.andMetaData(decidedIn.metaData());
    }

    /** Where the chair goes once the decision is taken: back to the item's notes and decisions on the run-sheet, or to the case. */
    String redirect(UUID caseId) {
        if (!atTheTable()) {
            return "redirect:/cases/" + caseId;
        }
        return "redirect:/sessions/" + UUID.fromString(session) + "#notes-" + UUID.fromString(item);
    }

    /** The words for a refusal of the session, or null when the rule broken is the case's. */
    static @Nullable String sessionProblem(String code) {
        return SESSION_RULES.contains(code) ? "table.problem." + code : null;
    }

    /** Checks the ids as the form came back, before anything is sent. */
    DecidingAtTheTable {
        if (session != null && !session.isBlank() && item != null && !item.isBlank()) {
            try {
                UUID.fromString(session);
                UUID.fromString(item);
            } catch (IllegalArgumentException tampered) {
                throw new InvalidValue("session", "the session and item of a decision are ids the run-sheet gave");
            }
        }
    }
}
