package org.roundtable.projections.reciprocity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.ActionAssigned;
import org.roundtable.core.cases.ActionCompleted;
import org.roundtable.core.cases.InformationShared;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.ReadModel;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.projections.testing.CaseStory.POLICE;
import static org.roundtable.projections.testing.CaseStory.SCHOOL;

class ReciprocityProjectionTest {

    private final JdbcClient jdbc = TestDatabase.migrated(ReciprocityProjectionTest.class);
    private final ReadModel readModel = ReciprocityProjection.readModel(jdbc);
    private final ReciprocityProjection projection = (ReciprocityProjection) readModel.projection();
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void each_partner_is_credited_with_what_it_shared_took_on_and_completed() {
        story.happyStory().forEach(this::apply);

        assertThat(report(story.start, story.time(9))).containsExactly(
                new PartnerContribution(POLICE, 1, 0, 0),
                new PartnerContribution(SCHOOL, 1, 1, 1));
    }

    @Test
    void only_what_happened_in_the_period_counts() {
        story.happyStory().forEach(this::apply);

        // From the school's item (3) up to, not including, the completion (6).
        assertThat(report(story.time(3), story.time(6))).containsExactly(new PartnerContribution(SCHOOL, 1, 1, 0));
    }

    @Test
    void an_event_applied_twice_counts_once() {
        story.happyStory().forEach(this::apply);
        story.happyStory().forEach(this::apply);

        assertThat(report(story.start, story.time(9))).extracting(PartnerContribution::itemsShared).containsExactly(1L, 1L);
    }

    @Test
    void only_the_chair_sees_the_report() {
        for (Reader reader : List.of(Readers.OFFICER, Readers.REVIEWER, Readers.POLICY)) {
            assertThatThrownBy(() -> projection.handle(new FindReciprocity(reader, story.start, story.time(9))))
                    .isInstanceOf(NotAllowed.class);
        }
    }

    private List<PartnerContribution> report(Instant from, Instant to) {
        return projection.handle(new FindReciprocity(Readers.CHAIR, from, to));
    }

    private void apply(Recorded<?> recorded) {
        if (recorded.event() instanceof InformationShared e) {
            projection.on(e, recorded.sequence(), recorded.at());
        } else if (recorded.event() instanceof ActionAssigned e) {
            projection.on(e, recorded.sequence(), recorded.at());
        } else if (recorded.event() instanceof ActionCompleted e) {
            projection.on(e, recorded.sequence(), recorded.at());
        }
    }
}
