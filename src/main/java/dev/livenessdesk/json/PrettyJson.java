package dev.livenessdesk.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.livenessdesk.core.files.LineBreaks;

/**
 * Pretty JSON with {@link LineBreaks#JSON} line ends, so a file has the same bytes whichever OS wrote it: Jackson's
 * own pretty printer (writerWithDefaultPrettyPrinter, INDENT_OUTPUT) ends lines with the system's separator, CRLF
 * on Windows. LineBreaksTest keeps every writer on this one.
 */
public final class PrettyJson {

    /** Jackson copies a printer for each document it writes, so this one instance serves every writer. */
    private static final DefaultPrettyPrinter PRINTER =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", LineBreaks.JSON));

    private PrettyJson() {
    }

    /** The mapper's writer (its modules and features kept), indenting as above. */
    public static ObjectWriter writer(ObjectMapper mapper) {
        return mapper.writer(PRINTER);
    }
}
