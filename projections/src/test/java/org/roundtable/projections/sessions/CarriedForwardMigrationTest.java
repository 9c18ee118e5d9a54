package org.roundtable.projections.sessions;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that lets sessions carry actions forward fills in, for the actions the sessions read model already
 * kept, their description and whether they ended, from the case detail kept in the same transactions: a declined
 * action is still open, a completed or cancelled one is not.
 */
class CarriedForwardMigrationTest {

    @Test
    void actions_kept_before_the_migration_know_whether_they_ended_and_what_they_are() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + getClass().getSimpleName() + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway before = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("24").load();
        before.migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CaseId caseId = CaseId.random();
        ActionId declined = action(jdbc, caseId, "DECLINED", false, "Visit the family");
        ActionId completed = action(jdbc, caseId, "COMPLETED", false, "Call the school");
        action(jdbc, caseId, "CANCELLED", false, "Talk to the coach");
        ActionId accepted = action(jdbc, caseId, "ACCEPTED", true, "Meet the mother");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(new OpenCaseActions(jdbc).openIn(caseId)).containsExactlyInAnyOrder(declined, accepted);
        assertThat(jdbc.sql("select description from sessions_action where action_id = :id")
                .param("id", completed.value()).query(String.class).single()).isEqualTo("Call the school");
        jdbc.sql("shutdown").update();
    }

    private static ActionId action(JdbcClient jdbc, CaseId caseId, String status, boolean open, String description) {
        ActionId actionId = ActionId.random();
        jdbc.sql("""
                        insert into case_detail_action (action_id, case_id, sequence_number, assignee, description,
                            due_date, status, assigned_at)
                        values (:actionId, :caseId, 1, 'police', :description, :due, :status, :at)""")
                .param("actionId", actionId.value()).param("caseId", caseId.value()).param("description", description)
                .param("due", LocalDate.of(2026, 3, 5)).param("status", status)
                .param("at", OffsetDateTime.parse("2026-03-01T10:00:00Z"))
                .update();
        jdbc.sql("""
                        insert into sessions_action (action_id, case_id, assignee, due_date, open)
                        values (:actionId, :caseId, 'police', :due, :open)""")
                .param("actionId", actionId.value()).param("caseId", caseId.value())
                .param("due", LocalDate.of(2026, 3, 5)).param("open", open)
                .update();
        return actionId;
    }
}
