package org.roundtable.projections.casedetail;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.core.cases.CaseEvent;
import org.roundtable.core.cases.LeadChanged;
import org.roundtable.core.cases.ParticipantAdded;
import org.roundtable.core.cases.ParticipantRemoved;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonalText;
import org.roundtable.core.sharing.Reader;
import org.roundtable.projections.caselist.CaseSummary;
import org.roundtable.projections.caselist.FindCases;
import org.roundtable.projections.testing.AxonReadModels;
import org.roundtable.projections.testing.CaseStory;
import org.roundtable.projections.testing.Readers;
import org.roundtable.projections.testing.Recorded;
import org.roundtable.projections.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.projections.testing.CaseStory.CHAIR;

/**
 * The case detail and the case list follow who takes part in a case and who leads it: a partner brought in sees the
 * case as a participant, one taken out sees it no more, and the new lead shows as the lead.
 */
class WhoTakesPartInTheCaseViewsTest {

    private static final PartnerId POLICE = PartnerId.of("police");
    private static final PartnerId SCHOOL = PartnerId.of("school");
    private static final PartnerId YOUTH_WORK = PartnerId.of("youth-work");

    private final JdbcClient jdbc = TestDatabase.migrated(WhoTakesPartInTheCaseViewsTest.class);
    private final AxonReadModels readModels = new AxonReadModels(jdbc);
    private final CaseStory story = CaseStory.aCase();

    @AfterEach
    void dropDatabase() {
        TestDatabase.shutdown(jdbc);
    }

    @Test
    void a_partner_brought_in_sees_the_case_and_one_taken_out_no_longer_does() throws Exception {
        deliver(story.raised(), story.opened());
        assertThat(detail(Readers.YOUTH_WORKER)).isEmpty();
        assertThat(detail(Readers.TEACHER)).isPresent();

        deliver(at(2, new ParticipantAdded(story.caseId, YOUTH_WORK)),
                at(3, new LeadChanged(story.caseId, POLICE, YOUTH_WORK)),
                at(4, new ParticipantRemoved(story.caseId, SCHOOL, PersonalText.of("moved to another school"))));

        CaseDetail seen = detail(Readers.CHAIR).orElseThrow();
        assertThat(seen.lead()).isEqualTo(YOUTH_WORK);
        assertThat(seen.participants()).containsExactly(POLICE, YOUTH_WORK);
        assertThat(detail(Readers.YOUTH_WORKER)).isPresent();
        assertThat(detail(Readers.TEACHER)).isEmpty();
        assertThat(cases(Readers.YOUTH_WORKER)).extracting(CaseSummary::caseId).containsExactly(story.caseId);
        assertThat(cases(Readers.TEACHER)).isEmpty();
        assertThat(cases(Readers.CHAIR).get(0).lead()).isEqualTo(YOUTH_WORK);
    }

    private <E extends CaseEvent> Recorded<E> at(long sequence, E event) {
        return new Recorded<>(event, sequence, story.time(sequence), CHAIR, story.caseId + "/" + sequence, "r-" + sequence);
    }

    @SafeVarargs
    private void deliver(Recorded<? extends CaseEvent>... events) throws Exception {
        readModels.deliver(new ArrayList<>(List.of(events)));
    }

    private Optional<CaseDetail> detail(Reader reader) {
        return readModels.queries().query(new FindCaseDetail(reader, story.caseId),
                ResponseTypes.optionalInstanceOf(CaseDetail.class)).join();
    }

    private List<CaseSummary> cases(Reader reader) {
        return readModels.queries().query(FindCases.all(reader), ResponseTypes.multipleInstancesOf(CaseSummary.class))
                .join();
    }
}
