package org.roundtable.service.identity.secrets;

import java.util.List;

/** A new password was refused because it breaks one or more of the {@link PasswordPolicy} rules. */
public class WeakPassword extends RuntimeException {

    private final List<String> problems;

    public WeakPassword(List<String> problems) {
        super("the password is refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The rules the password breaks, in words to show the person choosing it. */
    public List<String> problems() {
        return problems;
    }
}
