package dev.livenessdesk.core.review;

/**
 * Text from outside (a record, an object key, a client's name) as it is shown or exported: every control or
 * invisible format character written out as {@code [U+001B]}, so nothing typed by a stranger can move the cursor,
 * hide a line or turn the text around. Checked text passes unchanged.
 */
public final class ShownText {

    private ShownText() {
    }

    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED
                    && c > 0xFFFF) {
                shown.append(String.format("[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** Visible, then escaped for HTML text and attribute values. */
    public static String html(String text) {
        String shown = visible(text);
        StringBuilder escaped = new StringBuilder(shown.length() + 16);
        for (char c : shown.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
