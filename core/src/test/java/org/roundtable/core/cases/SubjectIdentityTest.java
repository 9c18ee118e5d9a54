package org.roundtable.core.cases;

import org.junit.jupiter.api.Test;
import org.roundtable.core.common.InvalidValue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subject is known by at least one name and by a date of birth or an age band, never shows in logs, and can be erased. */
class SubjectIdentityTest {

    private static final LocalDate BORN = LocalDate.of(2009, 5, 17);

    @Test
    void a_subject_needs_a_given_name_or_a_family_name() {
        assertThatThrownBy(() -> SubjectIdentity.of(" ", null, BORN, null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_family_name_alone_is_enough() {
        assertThat(SubjectIdentity.of(null, "Example", BORN, null).familyName()).isEqualTo("Example");
    }

    @Test
    void a_subject_needs_a_date_of_birth_or_an_age_band() {
        assertThatThrownBy(() -> SubjectIdentity.of("Sam", "Example", null, null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void an_age_band_alone_is_enough() {
        assertThat(SubjectIdentity.of("Sam", null, null, AgeBand.AGE_16_TO_17).ageBand())
                .isEqualTo(AgeBand.AGE_16_TO_17);
    }

    @Test
    void a_name_longer_than_the_limit_is_refused_naming_the_field() {
        String tooLong = "n".repeat(SubjectIdentity.MAX_NAME_LENGTH + 1);
        assertThatThrownBy(() -> SubjectIdentity.of(tooLong, null, BORN, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("givenName"));
    }

    @Test
    void names_are_kept_without_surrounding_spaces() {
        assertThat(SubjectIdentity.of("  Sam ", null, BORN, null).givenName()).isEqualTo("Sam");
    }

    @Test
    void the_identity_never_appears_in_its_text_form() {
        assertThat(SubjectIdentity.of("Sam", "Example", BORN, null).toString()).doesNotContain("Sam", "Example", "2009");
    }

    @Test
    void a_stored_identity_is_read_back_without_checks() {
        assertThat(new SubjectIdentity(" ", null, null, null).givenName()).isEqualTo(" ");
    }

    @Test
    void an_erased_identity_knows_nothing_and_says_so() {
        assertThat(SubjectIdentity.ERASED.isErased()).isTrue();
        assertThat(SubjectIdentity.of("Sam", null, BORN, null).isErased()).isFalse();
        assertThat(SubjectIdentity.ERASED.toString()).contains("erased");
    }
}
