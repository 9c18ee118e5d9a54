package org.roundtable.service.identity.secrets;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One-time codes as RFC 6238 computes them, accepted for one step either side, never for malformed input. */
class TotpTest {

    /** The secret of RFC 6238 Appendix B for HMAC-SHA1. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = Base32.encode(RFC_SECRET);
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_111L);

    private final Totp totp = new Totp();

    @Test
    void codes_match_the_sha1_test_vectors_of_rfc_6238() {
        assertThat(eightDigitCodeAt(59)).isEqualTo("94287082");
        assertThat(eightDigitCodeAt(1_111_111_109L)).isEqualTo("07081804");
        assertThat(eightDigitCodeAt(1_111_111_111L)).isEqualTo("14050471");
        assertThat(eightDigitCodeAt(1_234_567_890L)).isEqualTo("89005924");
        assertThat(eightDigitCodeAt(2_000_000_000L)).isEqualTo("69279037");
        assertThat(eightDigitCodeAt(20_000_000_000L)).isEqualTo("65353130");
    }

    @Test
    void the_rfc_time_steps_are_counted_from_the_epoch_in_30_seconds() {
        assertThat(Totp.stepOf(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.stepOf(Instant.ofEpochSecond(1_111_111_109L))).isEqualTo(0x23523ECL);
        assertThat(Totp.stepOf(Instant.ofEpochSecond(20_000_000_000L))).isEqualTo(0x27BC86AAL);
    }

    @Test
    void the_code_of_the_current_step_is_accepted() {
        assertThat(totp.verify(SECRET, codeAt(NOW), NOW)).isTrue();
    }

    @Test
    void a_code_one_step_early_or_late_is_accepted_for_clock_drift() {
        assertThat(totp.verify(SECRET, codeAt(NOW.minusSeconds(30)), NOW)).isTrue();
        assertThat(totp.verify(SECRET, codeAt(NOW.plusSeconds(30)), NOW)).isTrue();
    }

    @Test
    void a_code_two_steps_away_is_refused() {
        assertThat(totp.verify(SECRET, codeAt(NOW.minusSeconds(60)), NOW)).isFalse();
        assertThat(totp.verify(SECRET, codeAt(NOW.plusSeconds(60)), NOW)).isFalse();
    }

    @Test
    void the_matching_step_is_told_so_a_code_can_be_refused_when_it_comes_again() {
        long current = Totp.stepOf(NOW);

        assertThat(totp.matchingStep(SECRET, codeAt(NOW), NOW)).isEqualTo(OptionalLong.of(current));
        assertThat(totp.matchingStep(SECRET, codeAt(NOW.minusSeconds(30)), NOW)).isEqualTo(OptionalLong.of(current - 1));
        assertThat(totp.matchingStep(SECRET, codeAt(NOW.plusSeconds(30)), NOW)).isEqualTo(OptionalLong.of(current + 1));
        assertThat(totp.matchingStep(SECRET, wrongCodeAt(NOW), NOW)).isEmpty();
    }

    @Test
    void a_code_of_another_length_is_refused() {
        String code = codeAt(NOW);
        assertThat(totp.verify(SECRET, code.substring(1), NOW)).isFalse();
        assertThat(totp.verify(SECRET, code + "0", NOW)).isFalse();
        assertThat(totp.verify(SECRET, Totp.code(RFC_SECRET, Totp.stepOf(NOW), 8), NOW)).isFalse();
        assertThat(totp.verify(SECRET, "", NOW)).isFalse();
    }

    @Test
    void a_code_with_anything_but_ascii_digits_is_refused() {
        String code = codeAt(NOW);
        assertThat(totp.verify(SECRET, " " + code.substring(1), NOW)).isFalse();
        assertThat(totp.verify(SECRET, code.substring(0, 5) + "a", NOW)).isFalse();
        assertThat(totp.verify(SECRET, "-" + code.substring(1), NOW)).isFalse();
        assertThat(totp.verify(SECRET, arabicIndic(code), NOW)).isFalse();
    }

    @Test
    void malformed_input_is_refused_without_an_exception() {
        String code = codeAt(NOW);
        assertThat(totp.verify(null, code, NOW)).isFalse();
        assertThat(totp.verify(SECRET, null, NOW)).isFalse();
        assertThat(totp.verify(SECRET, code, null)).isFalse();
        assertThat(totp.verify("", code, NOW)).isFalse();
        assertThat(totp.verify("not base32!", code, NOW)).isFalse();
        assertThat(totp.verify("M", code, NOW)).isFalse();
    }

    @Test
    void a_new_secret_is_160_bits_of_upper_case_base32_and_differs_every_time() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void a_new_secret_gives_codes_that_verify() {
        String secret = Totp.newSecret();
        String code = Totp.code(Base32.decode(secret), Totp.stepOf(NOW), 6);

        assertThat(totp.verify(secret, code, NOW)).isTrue();
    }

    @Test
    void the_provisioning_address_is_what_authenticator_apps_read() {
        assertThat(Totp.otpauthUri("Roundtable", "anna@example.org", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Roundtable:anna%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Roundtable"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void spaces_and_other_characters_in_the_provisioning_address_are_percent_encoded() {
        String uri = Totp.otpauthUri("Round Table Gent", "Anne-Marie Dubois&co", "JBSWY3DPEHPK3PXP");

        assertThat(uri).startsWith("otpauth://totp/Round%20Table%20Gent:Anne-Marie%20Dubois%26co?")
                .contains("&issuer=Round%20Table%20Gent&")
                .doesNotContain("+");
        assertThat(URI.create(uri).getQuery()).contains("issuer=Round Table Gent");
    }

    @Test
    void a_colon_in_the_issuer_or_account_or_a_secret_that_is_not_base32_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Totp.otpauthUri("Round:table", "anna", "JBSWY3DPEHPK3PXP"));
        assertThatIllegalArgumentException().isThrownBy(() -> Totp.otpauthUri("Roundtable", "an:na", "JBSWY3DPEHPK3PXP"));
        assertThatIllegalArgumentException().isThrownBy(() -> Totp.otpauthUri("Roundtable", "anna", "not base32!"));
        assertThatIllegalArgumentException().isThrownBy(() -> Totp.otpauthUri("Roundtable", "anna", ""));
    }

    private static String eightDigitCodeAt(long epochSecond) {
        return Totp.code(RFC_SECRET, Totp.stepOf(Instant.ofEpochSecond(epochSecond)), 8);
    }

    private static String codeAt(Instant time) {
        return Totp.code(RFC_SECRET, Totp.stepOf(time), 6);
    }

    /** A six-digit code that is none of the three the window accepts at this time. */
    private static String wrongCodeAt(Instant time) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean accepted = false;
            for (int offset = -1; offset <= 1; offset++) {
                accepted |= code.equals(codeAt(time.plusSeconds(30L * offset)));
            }
            if (!accepted) {
                return code;
            }
        }
    }

    /** The same digits written in Arabic-Indic numerals, which Java counts as digits too. */
    private static String arabicIndic(String code) {
        StringBuilder digits = new StringBuilder();
        code.chars().forEach(c -> digits.append((char) ('\u0660' + (c - '0'))));
        return digits.toString();
    }
}
