package dev.livenessdesk.core.files;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one decision on line endings, the same on Windows, macOS and Linux except where a platform's tools need
 * their own:
 * <ul>
 *   <li>CSV files: CRLF everywhere, as RFC 4180 says (Excel and LibreOffice read it on every system).</li>
 *   <li>JSON, receipts, reports and every other file the desk writes: LF everywhere, so a file has the same bytes
 *       (and checksum) whichever computer wrote it. Jackson's default pretty printer would use the system's
 *       separator (CRLF on Windows): writers give {@link #JSON} to theirs.</li>
 *   <li>Text put on the clipboard: the platform's separator (CRLF on Windows, LF on macOS and Linux), so a ticket
 *       form, Notepad or a terminal pastes the lines as lines. Callers build text with {@code \n}; only the
 *       clipboard turns it into the platform's.</li>
 * </ul>
 */
public final class LineBreaks {

    /** RFC 4180's record separator. */
    public static final String CSV = "\r\n";
    /** JSON files and the desk's other files. */
    public static final String JSON = "\n";
    public static final String WINDOWS_CLIPBOARD = "\r\n";

    private static final Pattern ANY_BREAK = Pattern.compile("\r\n|\r|\n");

    private LineBreaks() {
    }

    /** The text as it goes on this computer's clipboard. */
    public static String forClipboard(String text) {
        return forClipboard(text, System.getProperty("os.name", ""));
    }

    /**
     * The text with each line break (CRLF, CR or LF, mixed as they come) as {@code osName}'s clipboard wants it:
     * CRLF on Windows, LF elsewhere. JavaFX's Windows clipboard would turn LF into CRLF itself; giving it CRLF
     * already keeps one break per line there too.
     */
    static String forClipboard(String text, String osName) {
        String separator = osName.toLowerCase(Locale.ROOT).startsWith("windows") ? WINDOWS_CLIPBOARD : "\n";
        return ANY_BREAK.matcher(text).replaceAll(separator);
    }
}
