package dev.livenessdesk.core.files;

import dev.livenessdesk.core.VisibleText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of every export (RFC 4180: a header row, CRLF, quotes doubled), safe to open in a
 * spreadsheet. OWASP's CSV-injection rule: a cell starting with {@code = + - @}, a TAB or a CR would be run as a
 * formula, so it gets a leading apostrophe (numbers such as {@code -1.5} excepted: they are data, and stay
 * numbers); a cell holding a separator ({@code ,} or the {@code ;} other locales split on), a quote or a line
 * break is quoted whole, so no part of it can start a cell of its own. Text from outside is written with its
 * control characters visible ({@link VisibleText}).
 */
public final class CsvWriter {

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";
    private static final String NEEDS_QUOTES = ",;\"'\t\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row; null cells are empty. */
    public CsvWriter row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LineBreaks.CSV);
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** One cell as it is written: neutralised, made visible, quoted when it must be. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        text = VisibleText.of(text);
        boolean quote = text.chars().anyMatch(c -> NEEDS_QUOTES.indexOf(c) >= 0);
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
