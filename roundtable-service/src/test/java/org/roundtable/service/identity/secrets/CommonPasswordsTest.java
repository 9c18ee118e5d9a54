package org.roundtable.service.identity.secrets;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of common passwords is on the classpath, long enough to matter, and read without regard to case. */
class CommonPasswordsTest {

    @Test
    void the_list_holds_at_least_300_passwords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void long_passwords_people_actually_use_are_on_it() {
        for (String password : List.of("password1234", "qwertyuiop123", "123456789012", "iloveyou1234",
                "administrator", "welcome12345", "wachtwoord123", "motdepasse123", "azertyuiop123",
                "azerty123456", "bonjour12345", "soleil123456")) {
            assertThat(CommonPasswords.contains(password)).as(password).isTrue();
        }
    }

    @Test
    void it_is_read_without_regard_to_case_or_surrounding_spaces() {
        assertThat(CommonPasswords.contains("Administrator")).isTrue();
        assertThat(CommonPasswords.contains("QWERTYUIOP123")).isTrue();
        assertThat(CommonPasswords.contains(" soleil123456\t")).isTrue();
        assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
    }

    @Test
    void the_file_starts_with_a_comment_and_lists_each_password_once_in_lower_case() throws IOException {
        List<String> lines;
        try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.RESOURCE)) {
            assertThat(in).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> passwords = lines.stream().filter(line -> !line.startsWith("#")).toList();

        assertThat(lines.get(0)).startsWith("#");
        assertThat(passwords).doesNotHaveDuplicates().allSatisfy(password -> {
            assertThat(password).isNotBlank().isEqualTo(password.strip().toLowerCase(Locale.ROOT));
        });
    }
}
