package org.roundtable.projections.sessions;

import org.roundtable.core.cases.ActionId;
import org.roundtable.core.cases.CaseId;
import org.roundtable.core.sessions.OpenActions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Answers a closing session's question, which actions of a case are still open, from the sessions read model: the
 * actions neither completed nor cancelled (assigned, accepted or declined), as the case events left them in the
 * same transactions.
 */
public class OpenCaseActions implements OpenActions {

    private final JdbcClient jdbc;

    public OpenCaseActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<ActionId> openIn(CaseId caseId) {
        return jdbc.sql("select action_id from sessions_action where case_id = :caseId and ended = false")
                .param("caseId", caseId.value())
                .query((rs, row) -> new ActionId(rs.getObject("action_id", UUID.class)))
                .stream().collect(Collectors.toUnmodifiableSet());
    }
}
