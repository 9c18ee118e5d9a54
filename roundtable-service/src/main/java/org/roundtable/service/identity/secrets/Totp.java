package org.roundtable.service.identity.secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The six-digit codes of an authenticator app: time-based one-time passwords as RFC 6238 defines them, with
 * HMAC-SHA1 and a new code every 30 seconds, which is what the common apps expect.
 *
 * <p>A code is accepted in its own 30-second step and in the steps just before and after it, for clocks that
 * drift. That makes a code good for up to a minute and a half, so a code someone saw over a shoulder could be
 * used again: to refuse that, sign in with {@link #matchingStep}, keep the step it returns for the person, and
 * refuse any later code whose step is not greater than the one kept.
 */
public class Totp {

    private static final int DIGITS = 6;
    private static final long STEP_SECONDS = 30;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret for one person: 160 random bits, in Base32 as the apps read it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /**
     * The {@code otpauth://} address an authenticator app reads, usually from a QR code, to learn the secret;
     * the issuer is the name the app shows above the account. Neither may contain a colon.
     */
    public static String otpauthUri(String issuer, String account, String secret) {
        requireName("issuer", issuer);
        requireName("account", account);
        if (secret == null || Base32.decode(secret).length == 0) {
            throw new IllegalArgumentException("the secret must not be empty");
        }
        return "otpauth://totp/" + encoded(issuer) + ":" + encoded(account)
                + "?secret=" + Base32.encode(Base32.decode(secret))
                + "&issuer=" + encoded(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** Whether the code is the right one now, or one step before or after; false for anything malformed. */
    public boolean verify(String secret, String code, Instant now) {
        return matchingStep(secret, code, now).isPresent();
    }

    /**
     * The time step whose code this is, if it is the code of the current step or of the step before or after;
     * empty for a wrong code and for anything malformed. Keep the step to refuse the code when it comes again:
     * accept a code only when its step is greater than the last step accepted for the person.
     */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || now == null || !isSixDigits(code)) {
            return OptionalLong.empty();
        }
        byte[] key;
        try {
            key = Base32.decode(secret);
        } catch (IllegalArgumentException notBase32) {
            return OptionalLong.empty();
        }
        if (key.length == 0) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long current = stepOf(now);
        OptionalLong match = OptionalLong.empty();
        // Every step of the window is computed and compared, so the time taken does not tell which one matched.
        for (long step = current - 1; step <= current + 1; step++) {
            byte[] expected = code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** The number of the 30-second step the instant falls in, counted from the Unix epoch. */
    /** The code an authenticator app shows for this secret at this moment. */
    public static String codeAt(String secret, Instant now) {
        return code(Base32.decode(secret), stepOf(now), 6);
    }

    static long stepOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of the given step: HMAC-SHA1 of the step, truncated to the given number of digits (RFC 4226). */
    static String code(byte[] key, long step, int digits) {
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("a code has 1 to 9 digits");
        }
        byte[] hash = hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int modulus = 1;
        for (int i = 0; i < digits; i++) {
            modulus *= 10;
        }
        String code = Integer.toString(binary % modulus);
        return "0".repeat(digits - code.length()) + code;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA1", e);
        }
    }

    private static boolean isSixDigits(String code) {
        if (code == null || code.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("the " + what + " must not contain a colon");
        }
    }

    /** Percent-encoded for a URI: a space is %20, as the apps expect, not the + of a web form. */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
