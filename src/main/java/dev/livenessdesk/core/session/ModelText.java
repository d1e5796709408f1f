package dev.livenessdesk.core.session;

import dev.livenessdesk.core.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * Text as the service model reads it. The model's patterns are ECMA-262 regular expressions (Smithy), where
 * {@code \s} is every Unicode space separator, U+FEFF and the line terminators, not only the ASCII whitespace of
 * java.util.regex; and a lone UTF-16 surrogate is no character at all, so no pattern allows it.
 */
public final class ModelText {

    private ModelText() {
    }

    /** One character the model refuses, with its 1-based position counted in characters as a user sees them. */
    public record Offence(int codePoint, int position, boolean brokenCharacter) {

        /** "a non-breaking space (U+00A0)", "a broken character (a lone surrogate, U+D83D)". */
        public String describe() {
            String code = codeOf(codePoint);
            if (brokenCharacter) {
                return Messages.get("character.surrogate", code);
            }
            String key = "character." + code;
            return Messages.bundle().containsKey(key) ? Messages.get(key, code)
                    : Messages.get("character.otherSpace", code,
                    Character.getName(codePoint).toLowerCase(Locale.ROOT));
        }
    }

    /** ECMA-262 WhiteSpace and LineTerminator: what {@code \s} matches in the model's patterns. */
    public static boolean isWhitespace(int codePoint) {
        return switch (codePoint) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xFEFF, 0x2028, 0x2029 -> true;
            default -> Character.getType(codePoint) == Character.SPACE_SEPARATOR;
        };
    }

    /** The first whitespace or broken character in the text, if any. */
    public static Optional<Offence> firstWhitespaceOrBroken(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            // codePointAt gives a lone surrogate back as itself; a pair comes back as one supplementary character.
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return Optional.of(new Offence(codePoint, position, true));
            }
            if (isWhitespace(codePoint)) {
                return Optional.of(new Offence(codePoint, position, false));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Removes leading and trailing whitespace as the model defines it (what String.prototype.trim removes). */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * Equal but for the case of ASCII letters. String.equalsIgnoreCase would also match a dotless i (U+0131) to
     * 'i' or the Kelvin sign to 'K', which no enum value of the model holds.
     */
    public static boolean equalsIgnoringAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lowers ASCII letters only, leaving every other character as typed. */
    public static String asciiLowerCase(String text) {
        StringBuilder lowered = new StringBuilder(text);
        for (int i = 0; i < lowered.length(); i++) {
            lowered.setCharAt(i, asciiLower(lowered.charAt(i)));
        }
        return lowered.toString();
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Characters as a user counts them (and as Smithy's length counts them); a lone surrogate counts as one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String codeOf(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
