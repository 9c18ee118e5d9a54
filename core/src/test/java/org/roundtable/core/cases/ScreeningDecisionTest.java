package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.PartnerId;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.core.cases.CaseFixtures.POLICE;
import static org.roundtable.core.cases.CaseFixtures.REASON;
import static org.roundtable.core.cases.CaseFixtures.YOUTH_WORK;

/** A decision to open a case always counts its lead among the participants; a referral names a service. */
class ScreeningDecisionTest {

    @Test
    void the_lead_takes_part_in_the_case_even_when_not_listed() {
        assertThat(new ScreeningDecision.OpenCase(POLICE, Set.of(YOUTH_WORK)).participants())
                .containsExactlyInAnyOrder(POLICE, YOUTH_WORK);
    }

    @Test
    void a_case_without_listed_participants_has_its_lead_as_sole_participant() {
        assertThat(new ScreeningDecision.OpenCase(POLICE, null).participants()).containsExactly(POLICE);
    }

    @Test
    void the_participants_of_a_decision_cannot_be_changed_afterwards() {
        Set<PartnerId> participants = new ScreeningDecision.OpenCase(POLICE, Set.of()).participants();
        assertThatThrownBy(() -> participants.add(YOUTH_WORK))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_referral_names_the_service_it_goes_to() {
        assertThatThrownBy(() -> new ScreeningDecision.Refer(" ", REASON))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("referredTo"));
    }

    @Test
    void a_case_has_at_most_50_participants_counting_its_lead() {
        Set<PartnerId> fortyNine = new java.util.TreeSet<>();
        for (int i = 0; i < 49; i++) {
            fortyNine.add(PartnerId.of("partner-" + i));
        }
        assertThat(new ScreeningDecision.OpenCase(POLICE, fortyNine).participants()).hasSize(50);
        fortyNine.add(PartnerId.of("one-more"));
        assertThatThrownBy(() -> new ScreeningDecision.OpenCase(POLICE, fortyNine))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("participants"));
    }
}
