package org.roundtable.service.identity.secrets;

import java.io.ByteArrayOutputStream;

/**
 * Base32 as RFC 4648 section 6 defines it, the alphabet authenticator apps read secrets in: written in upper
 * case without padding; read in either case, with or without trailing padding.
 */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(ALPHABET.charAt((buffer >>> bits) & 0x1f));
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return text.toString();
    }

    /** The bytes the text stands for; refuses, with {@link IllegalArgumentException}, text that is not Base32. */
    static byte[] decode(String text) {
        String digits = withoutPadding(text);
        int rest = digits.length() % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException("Base32 text cannot have " + digits.length() + " characters");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(digits.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < digits.length(); i++) {
            buffer = (buffer << 5) | valueOf(digits.charAt(i));
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes.write((buffer >>> bits) & 0xff);
            }
        }
        return bytes.toByteArray();
    }

    private static String withoutPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        throw new IllegalArgumentException("not a Base32 character: " + c);
    }
}
