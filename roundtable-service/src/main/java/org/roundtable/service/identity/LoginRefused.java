package org.roundtable.service.identity;

/**
 * A login that did not succeed (401). {@link #code()} is {@code login-failed} for a wrong user name, password
 * or one-time code and for a locked account alike, so that an answer never tells whether an account exists;
 * {@code second-factor-required} when the password was right and a one-time code is needed.
 */
public class LoginRefused extends RuntimeException {

    public static final String FAILED = "login-failed";
    public static final String SECOND_FACTOR_REQUIRED = "second-factor-required";

    private final String code;

    LoginRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    static LoginRefused failed() {
        return new LoginRefused(FAILED, "wrong user name, password or one-time code, or the account is locked for a "
                + "while after repeated failures");
    }

    public String code() {
        return code;
    }
}
