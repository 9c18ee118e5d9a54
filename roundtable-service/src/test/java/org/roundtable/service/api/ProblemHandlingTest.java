package org.roundtable.service.api;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.RuleViolation;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.CommitInDoubt;
import org.roundtable.service.faults.ServiceBusy;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of refusal or failure maps to one status and one stable problem type, however it reaches the API. */
class ProblemHandlingTest {

    private final ProblemHandling handling = new ProblemHandling(properties());

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
    void an_invalid_value_is_invalid_input_naming_its_field() {
        ResponseEntity<ProblemDetail> answer = handling.refused(new InvalidValue("subject.dateOfBirth", "in the future"));
        assertProblem(answer, 400, "invalid-input");
        assertThat(answer.getBody().getProperties().get("errors"))
                .isEqualTo(List.of(new Problems.FieldProblem("subject.dateOfBirth", "in the future")));
    }

    @Test
    void two_instances_writing_the_same_case_at_once_is_a_conflict() {
        assertProblem(handling.failed(new ConcurrencyException("sequence 3 taken")), 409, "concurrent-change");
        assertProblem(handling.failed(new AggregateStreamCreationException("exists")), 409, "concurrent-change");
    }

    @Test
    void a_refusal_wrapped_by_the_command_bus_or_a_future_is_unwrapped() {
        assertProblem(handling.failed(new CommandExecutionException("failed", new NotAllowed("not-the-assignee", "no"))),
                403, "not-the-assignee");
        assertProblem(handling.failed(new CompletionException(new ConcurrencyException("x"))), 409, "concurrent-change");
        assertProblem(handling.failed(new CommandExecutionException("failed", new AggregateNotFoundException("c", "x"))),
                404, "unknown-case");
    }

    @Test
    void a_command_for_a_partner_or_a_person_without_events_names_what_is_unknown() {
        assertProblem(handling.failed(new CommandExecutionException("failed",
                new AggregateNotFoundException("partner:probation", "not found"))), 404, "unknown-partner");
        assertProblem(handling.failed(new AggregateNotFoundException("person:bram", "not found")), 404, "unknown-person");
    }

    @Test
    void a_database_out_of_reach_is_503_with_retry_after() {
        List<Exception> outages = List.of(
                new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timed out")),
                new EventStoreException("append failed", new SQLException("I/O error", "08006")),
                new CompletionException(new SQLException("the database system is shutting down", "57P03")));
        for (Exception outage : outages) {
            ResponseEntity<ProblemDetail> answer = handling.failed(outage);
            assertProblem(answer, 503, "database-unavailable");
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("3");
        }
    }

    @Test
    void a_commit_that_lost_its_connection_is_503_outcome_unknown() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new CommitInDoubt(new SQLException("I/O error", "08006")));

        assertProblem(handling.failed(rollbackFailed), 503, "outcome-unknown");
    }

    @Test
    void a_lock_waited_for_too_long_is_503_busy() {
        assertProblem(handling.failed(new ServiceBusy("rebuilding")), 503, "busy");
        assertProblem(handling.failed(new EventStoreException("append", new SQLException("lock timeout", "55P03"))),
                503, "busy");
    }

    @Test
    void an_illegal_argument_from_our_own_code_is_a_fault_of_the_service_not_bad_input() {
        ResponseEntity<ProblemDetail> answer = handling.failed(new IllegalArgumentException("bug"));
        assertProblem(answer, 500, "internal-error");
        assertThat(answer.getBody().getProperties()).containsKey("incident");
        assertThat(answer.getBody().getDetail()).doesNotContain("bug");
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> answer, int status, String code) {
        ProblemDetail problem = answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).hasToString("urn:roundtable:problem:" + code);
        assertThat(problem.getProperties()).containsEntry("code", code);
        assertThat(problem.getDetail()).isNotBlank();
    }

    private static RoundtableProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of("roundtable.commands.retry-after", "3s")))
                .bindOrCreate("roundtable", Bindable.of(RoundtableProperties.class));
    }
}
