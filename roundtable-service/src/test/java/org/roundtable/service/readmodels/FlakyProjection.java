package org.roundtable.service.readmodels;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.projections.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A read model that fails on purpose while {@link #failing} is set: it writes its row, then runs a statement
 * the database refuses. On PostgreSQL that refusal aborts the whole transaction unless the handler ran in a
 * savepoint; on both databases the row it wrote must go with the failure.
 */
public class FlakyProjection {

    public static final String NAME = "flaky";

    public final AtomicBoolean failing = new AtomicBoolean();
    private final JdbcClient jdbc;

    FlakyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ReadModel readModel(JdbcClient jdbc) {
        return ReadModel.inline(NAME, List.of("test_flaky_event"), new FlakyProjection(jdbc));
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        jdbc.sql("insert into test_flaky_event (case_id, sequence_number) values (:caseId, :sequence)")
                .param("caseId", event.caseId().value())
                .param("sequence", sequence)
                .update();
        if (failing.get()) {
            jdbc.sql("insert into no_such_table (id) values (1)").update();
        }
    }

    /** The sequence numbers of the case's events this read model holds, in order. */
    public List<Long> sequencesOf(UUID caseId) {
        return jdbc.sql("select sequence_number from test_flaky_event where case_id = :caseId order by sequence_number")
                .param("caseId", caseId)
                .query(Long.class)
                .list();
    }
}
