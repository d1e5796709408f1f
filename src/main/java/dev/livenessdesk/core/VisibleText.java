package dev.livenessdesk.core;

/**
 * The one escaping of text that comes from outside (team records, object keys, a client's user agent, service
 * answers) before it is shown in a table, a report or an export: characters that would act instead of being read
 * are shown as their code point, {@code [U+001B]}. That is every control character (an escape sequence, a line
 * break in an id), every invisible formatting character (the bidi overrides that draw {@code \u202Egnp.exe} as
 * {@code exe.png}, zero-width spaces, a byte order mark) and the line and paragraph separators. Everything else,
 * other scripts and emoji included, is kept as it is. Markup escaping (HTML) stays with the page that writes markup.
 */
public final class VisibleText {

    private static final char ZERO_WIDTH_JOINER = '\u200D';

    private VisibleText() {
    }

    /** The text with every hidden or acting character made visible; null reads as empty. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).forEach(c -> {
            if (isHidden(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** Whether the text holds anything {@link #of} would change. */
    public static boolean hasHidden(String text) {
        return text != null && firstHidden(text) >= 0;
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isHidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static boolean isHidden(int c) {
        return switch (Character.getType(c)) {
            // The joiner is kept: emoji sequences (a family, a flag) are made with it and it hides nothing.
            case Character.FORMAT -> c != ZERO_WIDTH_JOINER;
            // A lone surrogate is half a character: shown as its code so the rest of the text stays readable.
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }
}
