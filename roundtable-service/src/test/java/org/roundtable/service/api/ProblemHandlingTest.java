package org.roundtable.service.api;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of refusal maps to one status and one stable problem type, however it reaches the API. */
class ProblemHandlingTest {

    private final ProblemHandling handling = new ProblemHandling();

    @Test
    void a_broken_rule_is_a_conflict_named_by_its_code() {
        assertProblem(handling.refused(new RuleViolation("case-not-open", "closed")), 409, "case-not-open");
    }

    @Test
    void an_unknown_item_is_not_found() {
        assertProblem(handling.refused(new UnknownItem("unknown-action", "no such action")), 404, "unknown-action");
    }

    @Test
    void what_a_partner_may_not_do_is_forbidden() {
        assertProblem(handling.refused(new NotAllowed("not-the-owner", "not yours")), 403, "not-the-owner");
    }

    @Test
    void two_instances_writing_the_same_case_at_once_is_a_conflict() {
        assertProblem(handling.concurrentChange(new ConcurrencyException("sequence 3 taken")), 409, "concurrent-change");
        assertProblem(handling.concurrentChange(new AggregateStreamCreationException("exists")), 409, "concurrent-change");
    }

    @Test
    void a_refusal_wrapped_by_the_command_bus_is_unwrapped() {
        assertProblem(handling.commandFailed(new CommandExecutionException("failed", new NotAllowed("not-the-assignee", "no"))),
                403, "not-the-assignee");
        assertProblem(handling.commandFailed(new CommandExecutionException("failed", new ConcurrencyException("x"))),
                409, "concurrent-change");
        assertProblem(handling.commandFailed(new CommandExecutionException("failed", new AggregateNotFoundException("c", "x"))),
                404, "unknown-case");
    }

    private static void assertProblem(ProblemDetail problem, int status, String code) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).hasToString("urn:roundtable:problem:" + code);
        assertThat(problem.getProperties()).containsEntry("code", code);
        assertThat(problem.getDetail()).isNotBlank();
    }
}
