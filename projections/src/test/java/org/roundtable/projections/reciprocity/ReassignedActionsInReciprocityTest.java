package org.roundtable.projections.reciprocity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAccepted;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.ActionDeclined;
import org.roundtable.core.cases.ActionReassigned;
import org.roundtable.core.common.PersonalText;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Delivery;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;
import static org.roundtable.projections.testing.CaseStory.OFFICER;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;
import static org.roundtable.projections.testing.CaseStory.TEACHER;

/**
 * What a reassignment does to the reciprocity report: the new assignee takes the work on; the partner that
 * declined it keeps the one it was assigned; accepting, declining or noting progress counts nothing.
 */
class ReassignedActionsInReciprocityTest {

    private final JdbcClient jdbc = TestDatabase.migrated(ReassignedActionsInReciprocityTest.class);
    private final ReciprocityProjection projection =
            (ReciprocityProjection) ReciprocityProjection.readModel(jdbc).projection();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_reassigned_action_is_taken_on_by_the_new_assignee_and_completed_by_it() throws Exception {
        CaseStory story = CaseStory.aCase();
        new Delivery(projection).deliver(List.of(story.raised(), story.opened(), story.actionAssigned(),
                story.then(10, TEACHER, new ActionDeclined(story.caseId, story.action, SCHOOL, PersonalText.of("no"))),
                story.then(11, CHAIR, new ActionReassigned(story.caseId, story.action, SCHOOL, POLICE,
                        PersonalText.of("the police know them"))),
                story.then(12, OFFICER, new ActionAccepted(story.caseId, story.action, POLICE)),
                story.then(13, OFFICER, new ActionCompleted(story.caseId, story.action, POLICE, PersonalText.of("done")))));

        assertThat(projection.handle(new FindReciprocity(Readers.CHAIR, story.start, story.time(20)))).containsExactly(
                new PartnerContribution(POLICE, 0, 1, 1),
                new PartnerContribution(SCHOOL, 0, 1, 0));
    }
}
