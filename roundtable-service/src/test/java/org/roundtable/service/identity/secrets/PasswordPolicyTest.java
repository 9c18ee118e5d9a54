package org.roundtable.service.identity.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A new password is 12 to 128 characters long, not a common one, and not the user name. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_has_no_problems() {
        assertThat(policy.problems("anna", "correct horse battery staple")).isEmpty();
        assertThatNoException().isThrownBy(() -> policy.check("anna", "correct horse battery staple"));
    }

    @Test
    void a_password_of_eleven_characters_is_too_short_and_one_of_twelve_is_not() {
        assertThat(policy.problems("anna", "kx7!wq2#pl9")).containsExactly("the password must be at least 12 characters long");
        assertThat(policy.problems("anna", "kx7!wq2#pl9z")).isEmpty();
    }

    @Test
    void a_password_of_more_than_128_characters_is_too_long() {
        assertThat(policy.problems("anna", "kx7!".repeat(32))).isEmpty();
        assertThat(policy.problems("anna", "kx7!".repeat(32) + "z"))
                .containsExactly("the password must be at most 128 characters long");
    }

    @Test
    void length_is_counted_in_characters_not_in_java_chars() {
        String twelveEmoji = "\uD83D\uDE00".repeat(12);
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(elevenEmoji.length()).isEqualTo(22);

        assertThat(policy.problems("anna", twelveEmoji)).isEmpty();
        assertThat(policy.problems("anna", elevenEmoji)).containsExactly("the password must be at least 12 characters long");
        assertThat(policy.problems("anna", "\uD83D\uDE00".repeat(128))).isEmpty();
        assertThat(policy.problems("anna", "\uD83D\uDE00".repeat(129)))
                .containsExactly("the password must be at most 128 characters long");
    }

    @Test
    void a_common_password_is_refused_whatever_its_case_and_surrounding_spaces() {
        String common = "the password is one of the most common passwords, which are tried first";
        assertThat(policy.problems("anna", "password1234")).containsExactly(common);
        assertThat(policy.problems("anna", "WachtWoord123")).containsExactly(common);
        assertThat(policy.problems("anna", "  AZERTYUIOP123 ")).containsExactly(common);
        assertThat(policy.problems("anna", "motdepasse123")).containsExactly(common);
    }

    @Test
    void the_user_name_is_refused_as_password_whatever_its_case() {
        assertThat(policy.problems("anna.peeters@example.org", "Anna.Peeters@Example.org"))
                .containsExactly("the password must not be the user name");
    }

    @Test
    void every_broken_rule_is_told_at_once() {
        assertThat(policy.problems("soleil", "Soleil")).containsExactly(
                "the password must be at least 12 characters long",
                "the password is one of the most common passwords, which are tried first",
                "the password must not be the user name");
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(policy.problems("anna", null)).containsExactly("the password must be at least 12 characters long");
        assertThat(policy.problems("anna", "")).containsExactly("the password must be at least 12 characters long");
    }

    @Test
    void a_weak_password_is_refused_with_its_problems() {
        WeakPassword refused = catchThrowableOfType(WeakPassword.class, () -> policy.check("anna", "welcome12345"));

        assertThat(refused.problems())
                .containsExactly("the password is one of the most common passwords, which are tried first");
        assertThat(refused.getMessage()).contains("most common passwords");
    }
}
