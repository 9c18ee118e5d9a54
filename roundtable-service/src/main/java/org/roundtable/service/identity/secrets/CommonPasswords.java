package org.roundtable.service.identity.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords that lists of breached accounts show most often, the first ones an attacker tries: read
 * once, from {@code identity/common-passwords.txt} on the classpath, and kept in lower case.
 */
final class CommonPasswords {

    static final String RESOURCE = "/identity/common-passwords.txt";

    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    /** Whether the password is on the list, whatever its case and the spaces around it. */
    static boolean contains(String password) {
        return PASSWORDS.contains(normalised(password));
    }

    static int size() {
        return PASSWORDS.size();
    }

    static String normalised(String password) {
        return password.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + RESOURCE);
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(normalised(line));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords cannot be read: " + RESOURCE, e);
        }
    }
}
