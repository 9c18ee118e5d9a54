package org.roundtable.projections;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.cases.CaseStatus;
import org.roundtable.core.common.NotAllowed;
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
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Proves that Axon finds the handlers and fills their parameters, and that the response types fit. */
class AxonWiringTest {

    private final JdbcClient jdbc = TestDatabase.migrated(AxonWiringTest.class);
    private final AxonReadModels readModels = new AxonReadModels(jdbc);
    private final QueryGateway queries = readModels.queries();
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void domain_event_messages_reach_every_read_model_and_each_query_answers_with_its_response_type()
            throws Exception {
        readModels.deliver(story.happyStory());

        List<CaseSummary> cases = queries.query(FindCases.withStatus(Readers.CHAIR, CaseStatus.OPEN),
                ResponseTypes.multipleInstancesOf(CaseSummary.class)).join();
        Optional<CaseDetail> detail = queries.query(new FindCaseDetail(Readers.CHAIR, story.caseId),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        Optional<CaseDetail> unknown = queries.query(new FindCaseDetail(Readers.CHAIR, CaseId.random()),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
        List<AuditEntry> trail = queries.query(new FindAuditTrail(Readers.CHAIR, story.caseId),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();

        assertThat(cases).extracting(CaseSummary::caseId).containsExactly(story.caseId);
        assertThat(detail).hasValueSatisfying(found -> assertThat(found.history()).hasSize(4));
        assertThat(unknown).isEmpty();
        assertThat(trail).hasSize(9).last().satisfies(entry -> {
            assertThat(entry.actorPerson()).isEqualTo(CaseStory.CHAIR.person());
            assertThat(entry.correlationId()).isEqualTo("request-8");
            assertThat(entry.occurredAt()).isEqualTo(story.time(8));
        });
    }

    @Test
    void the_statistics_answer_through_the_query_gateway_and_their_refusal_arrives_as_the_domain_gave_it()
            throws Exception {
        readModels.deliver(story.happyStory());
        YearMonth march = YearMonth.of(2026, 3);
        Reader chair = new Reader(PersonId.of("chris"), PartnerId.of("city"), Set.of(Role.CHAIR), true);
        Reader partner = new Reader(PersonId.of("anna"), PartnerId.of("police"), Set.of(Role.PARTNER), true);

        Statistics statistics = queries.query(new FindStatistics(chair, march, march),
                ResponseTypes.instanceOf(Statistics.class)).join();
        Throwable refused = catchThrowable(() -> queries.query(new FindStatistics(partner, march, march),
                ResponseTypes.instanceOf(Statistics.class)).join());

        assertThat(statistics.concernsRaised().months()).hasSize(1);
        assertThat(refused).hasRootCauseInstanceOf(NotAllowed.class);
    }

    @Test
    void emptying_the_declared_tables_empties_every_read_model() throws Exception {
        readModels.deliver(story.happyStory());

        readModels.empty();

        for (String table : List.of("case_list", "case_detail", "case_detail_status_change", "audit_trail",
                "statistics_event", "statistics_case")) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Integer.class).single()).as(table).isZero();
        }
    }
}
