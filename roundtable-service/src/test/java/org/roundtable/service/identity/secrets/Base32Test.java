package org.roundtable.service.identity.secrets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Base32 reads and writes the test vectors of RFC 4648, without their padding. */
class Base32Test {

    @Test
    void foobar_is_written_as_in_rfc_4648() {
        assertThat(Base32.encode(ascii("foobar"))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void every_rfc_4648_vector_goes_both_ways() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] vector : vectors) {
            assertThat(Base32.encode(ascii(vector[0]))).isEqualTo(vector[1]);
            assertThat(Base32.decode(vector[1])).isEqualTo(ascii(vector[0]));
        }
    }

    @Test
    void random_bytes_come_back_unchanged() {
        SecureRandom random = new SecureRandom();
        for (int length = 0; length < 40; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void padding_and_lower_case_are_read_too() {
        assertThat(Base32.decode("MZXW6YTBOI======")).isEqualTo(ascii("foobar"));
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo(ascii("foobar"));
    }

    @Test
    void text_outside_the_alphabet_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW6YT1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW 6YTB"));
    }

    @Test
    void a_length_no_bytes_can_have_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("M"));
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZX"));
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW6Y"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
