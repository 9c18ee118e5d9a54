package org.roundtable.service.storage;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.core.cases.RepeatOf;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.projections.casedetail.FindRecentClosure;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Before a concern is raised, finds the earlier case it repeats: the same subject's case closed less than twelve
 * months ago (the rule for "the same subject" is {@link FindRecentClosure}'s). The concern's command carries what it
 * found, as it carries its case number; the case keeps only that fact.
 */
@Component
public class RepeatConcerns {

    /** How long after a case closed a new concern about its subject repeats it. */
    public static final int MONTHS = 12;

    private final QueryGateway queries;
    private final Clock clock;

    RepeatConcerns(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Optional<RepeatOf> earlierCaseOf(SubjectIdentity subject) {
        FindRecentClosure query = new FindRecentClosure(subject, ZonedDateTime.now(clock).minusMonths(MONTHS).toInstant());
        return queries.query(query, ResponseTypes.optionalInstanceOf(RepeatOf.class)).join();
    }
}
