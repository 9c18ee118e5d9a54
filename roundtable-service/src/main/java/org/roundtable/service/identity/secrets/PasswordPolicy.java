package org.roundtable.service.identity.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a new password must meet: long enough to resist guessing (12 to 128 characters, each character
 * counted once however it is encoded), not one of the passwords people use most, and not the user name.
 */
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /** The rules the password breaks, in plain words; empty when it meets them all. */
    public List<String> problems(String username, String password) {
        String candidate = password == null ? "" : password;
        List<String> problems = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            problems.add("the password must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            problems.add("the password must be at most " + MAX_LENGTH + " characters long");
        }
        if (!candidate.isBlank() && CommonPasswords.contains(candidate)) {
            problems.add("the password is one of the most common passwords, which are tried first");
        }
        if (username != null && !username.isBlank() && candidate.strip().equalsIgnoreCase(username.strip())) {
            problems.add("the password must not be the user name");
        }
        return List.copyOf(problems);
    }

    /** Refuses, with {@link WeakPassword}, a password that breaks any of the rules. */
    public void check(String username, String password) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new WeakPassword(problems);
        }
    }
}
