package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A subject is known by at least one name and by a date of birth or an age band, and never shows in logs. */
class SubjectIdentityTest {

    private static final LocalDate BORN = LocalDate.of(2009, 5, 17);

    @Test
    void a_subject_needs_a_given_name_or_a_family_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectIdentity(" ", null, BORN, null));
    }

    @Test
    void a_family_name_alone_is_enough() {
        assertThat(new SubjectIdentity(null, "Example", BORN, null).familyName()).isEqualTo("Example");
    }

    @Test
    void a_subject_needs_a_date_of_birth_or_an_age_band() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectIdentity("Sam", "Example", null, null));
    }

    @Test
    void an_age_band_alone_is_enough() {
        assertThat(new SubjectIdentity("Sam", null, null, AgeBand.AGE_16_TO_17).ageBand())
                .isEqualTo(AgeBand.AGE_16_TO_17);
    }

    @Test
    void a_name_longer_than_the_limit_is_refused() {
        String tooLong = "n".repeat(SubjectIdentity.MAX_NAME_LENGTH + 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new SubjectIdentity(tooLong, null, BORN, null));
    }

    @Test
    void names_are_kept_without_surrounding_spaces() {
        assertThat(new SubjectIdentity("  Sam ", null, BORN, null).givenName()).isEqualTo("Sam");
    }

    @Test
    void the_identity_never_appears_in_its_text_form() {
        assertThat(new SubjectIdentity("Sam", "Example", BORN, null).toString()).doesNotContain("Sam", "Example", "2009");
    }
}
