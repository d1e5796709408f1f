package dev.livenessdesk.core.session;

import java.math.BigInteger;
import java.util.Set;

/**
 * The CreateFaceLivenessSession and GetFaceLivenessSessionResults constraints written out by hand from the service
 * model (LIVENESS-API.md) and ECMA-262, with no java.util.regex and no production code: the referee the
 * validator's property tests compare against. Blank optional text means "not given", as the form treats it; text
 * is trimmed of whitespace at its edges (ECMA-262 String.prototype.trim) except the key prefix, which is sent as
 * typed.
 */
final class ServiceModelReference {

    /** ECMA-262 WhiteSpace (TAB, VT, FF, ZWNBSP, and Unicode 13 category Zs) and LineTerminator (LF, CR, LS, PS). */
    static final Set<Integer> ECMA_WHITESPACE = Set.of(
            0x0009, 0x000B, 0x000C, 0xFEFF,
            0x0020, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
            0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
            0x000A, 0x000D, 0x2028, 0x2029);

    private ServiceModelReference() {
    }

    static boolean bucket(String raw) {
        String value = trim(raw);
        return value.isEmpty() || lengthBetween(value, 3, 255) && allOf(value, "0123456789.-_" + LETTERS);
    }

    /** Sent as typed: 0..950 characters of ECMA-262 \S, which no lone surrogate is. */
    static boolean keyPrefix(String raw) {
        if (raw.isEmpty()) {
            return true;
        }
        if (!lengthBetween(raw, 0, 950)) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || ECMA_WHITESPACE.contains((int) c)) {
                return false;
            }
        }
        return true;
    }

    /** The model's integer 0..4, written in ASCII digits. */
    static boolean auditImagesLimit(String raw) {
        String value = trim(raw);
        if (value.isEmpty()) {
            return true;
        }
        if (!allOf(value, "0123456789")) {
            return false;
        }
        BigInteger number = new BigInteger(value);
        return number.compareTo(BigInteger.ZERO) >= 0 && number.compareTo(BigInteger.valueOf(4)) <= 0;
    }

    /** 1..2048, ^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$ */
    static boolean kmsKeyId(String raw) {
        String value = trim(raw);
        if (value.isEmpty()) {
            return true;
        }
        return lengthBetween(value, 1, 2048) && allOf(value.substring(0, 1), LETTERS + "0123456789")
                && allOf(value.substring(1), LETTERS + "0123456789:_/+=,@.-");
    }

    /** The enum's two values; the form also takes them in any ASCII case and sends the model's spelling. */
    static boolean challengeType(String raw) {
        String value = trim(raw);
        if (value.isEmpty()) {
            return true;
        }
        String lowered = asciiLower(value);
        return lowered.equals("facemovementandlightchallenge") || lowered.equals("facemovementchallenge");
    }

    /** 5..11, ^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$ with ASCII digits (ECMA-262 \d). */
    static boolean challengeVersion(String raw) {
        String value = trim(raw);
        if (value.isEmpty()) {
            return true;
        }
        if (!lengthBetween(value, 5, 11)) {
            return false;
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            boolean zero = part.equals("0");
            boolean number = part.length() >= 1 && part.length() <= 3 && allOf(part, "0123456789")
                    && part.charAt(0) != '0';
            if (!zero && !number) {
                return false;
            }
        }
        return true;
    }

    /** 1..64, ^[a-zA-Z0-9-_]+$ */
    static boolean clientRequestToken(String raw) {
        String value = trim(raw);
        return value.isEmpty() || lengthBetween(value, 1, 64) && allOf(value, LETTERS + "0123456789-_");
    }

    /** 36 characters, [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}; a paste is trimmed and lowered. */
    static boolean sessionId(String pasted) {
        String value = asciiLower(trim(pasted));
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? value.charAt(i) != '-' : "0123456789abcdef".indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        // Every ECMA-262 whitespace character is in the BMP, so one char is one character here.
        while (start < end && ECMA_WHITESPACE.contains((int) raw.charAt(start))) {
            start++;
        }
        while (end > start && ECMA_WHITESPACE.contains((int) raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean lengthBetween(String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        return length >= min && length <= max;
    }

    private static boolean allOf(String value, String allowed) {
        return value.chars().allMatch(c -> allowed.indexOf(c) >= 0);
    }

    private static String asciiLower(String value) {
        StringBuilder lowered = new StringBuilder();
        for (char c : value.toCharArray()) {
            lowered.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return lowered.toString();
    }
}
