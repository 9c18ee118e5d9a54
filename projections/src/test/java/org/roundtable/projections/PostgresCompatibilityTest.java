package org.roundtable.projections;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.CaseNumber;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.audit.AuditEntry;
import org.roundtable.projections.audit.FindAuditTrail;
import org.roundtable.projections.casedetail.CaseDetail;
import org.roundtable.projections.casedetail.FindCaseDetail;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.projections.statistics.FindStatistics;
import org.roundtable.projections.statistics.Statistics;
import org.roundtable.projections.testing.AxonReadModels;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the migrations and the read models on a real PostgreSQL, in a schema of its own that is dropped
 * afterwards, and checks that they build the same views as on H2. The server is the local one
 * ({@code .ci/run} starts it) unless ROUNDTABLE_TEST_DB_URL, _USER and _PASSWORD name another, as for
 * the service's tests.
 */
class PostgresCompatibilityTest {

    private final String schema = "rt_test_" + UUID.randomUUID().toString().replace("-", "");
    private final JdbcClient postgres = postgres(schema);
    private final JdbcClient h2 = TestDatabase.migrated(PostgresCompatibilityTest.class);
    private final CaseStory story = CaseStory.aCase();
    private final CaseStory referred = new CaseStory(CaseNumber.of("2026-0043"), Instant.parse("2026-04-01T10:00:00Z"));

    @AfterEach
    void dropSchemaAndDatabase() {
        postgres.sql("drop schema " + schema + " cascade").update();
        TestDatabase.shutdown(h2);
    }

    @Test
    void postgresql_builds_the_same_views_as_h2_even_when_every_event_arrives_twice() throws Exception {
        List<Recorded<? extends CaseEvent>> events = new ArrayList<>(story.happyStory());
        events.add(referred.raised());
        events.add(referred.referred());

        assertThat(views(postgres, events)).isEqualTo(views(h2, events));
    }

    private List<Object> views(JdbcClient jdbc, List<Recorded<? extends CaseEvent>> events) throws Exception {
        AxonReadModels readModels = new AxonReadModels(jdbc);
        readModels.deliver(events);
        readModels.deliver(events);
        QueryGateway queries = readModels.queries();
        List<Object> views = new ArrayList<>();
        views.add(queries.query(FindCases.all(Readers.CHAIR), ResponseTypes.multipleInstancesOf(CaseSummary.class)).join());
        for (CaseStory each : List.of(story, referred)) {
            views.add(queries.query(new FindCaseDetail(Readers.CHAIR, each.caseId),
                    ResponseTypes.optionalInstanceOf(CaseDetail.class)).join().orElseThrow());
            views.add(queries.query(new FindAuditTrail(Readers.CHAIR, each.caseId),
                    ResponseTypes.multipleInstancesOf(AuditEntry.class)).join());
        }
        Reader chair = new Reader(PersonId.of("chris"), PartnerId.of("city"), Set.of(Role.CHAIR), true);
        views.add(queries.query(new FindStatistics(chair, YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                ResponseTypes.instanceOf(Statistics.class)).join());
        // Every count of this story is below five, so the answer hides them all: compare what was counted too.
        views.add(jdbc.sql("""
                        select case_id, sequence_number, measure, month_start, category from statistics_event
                        order by case_id, sequence_number""")
                .query((rs, row) -> rs.getObject("case_id") + " " + rs.getLong("sequence_number") + " "
                        + rs.getString("measure") + " " + rs.getObject("month_start", LocalDate.class) + " "
                        + rs.getString("category"))
                .list());
        return views;
    }

    private static JdbcClient postgres(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUser(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_USER", "postgres"));
        dataSource.setPassword(System.getenv().getOrDefault("ROUNDTABLE_TEST_DB_PASSWORD", ""));
        dataSource.setCurrentSchema(schema);
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }
}
