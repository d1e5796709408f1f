package dev.livenessdesk.core.activity;

import dev.livenessdesk.core.VisibleText;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The trail's Athena table and where Athena writes its answers: the Athena route of the Activity tab and of
 * {@code --athena-table db.table --athena-output s3://...}. Made only through {@link #parse}, which checks both
 * strictly: the names go into SQL, so only what Athena itself allows in a name gets through.
 *
 * @param database       the Glue database, lower case
 * @param table          the table, lower case
 * @param outputLocation where Athena writes the query's answer, {@code s3://bucket/prefix/}
 */
public record AthenaTable(String database, String table, String outputLocation) {

    /** Athena's names: lower-case letters, digits and the underscore, at most 255 (its documented rule). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,255}");
    /** An S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens, a letter or digit at each end). */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final int MAX_OUTPUT = 1024;

    /** Both settings, or what is wrong with each, in words for the field it belongs to. */
    public record Checked(Optional<AthenaTable> table, String tableProblem, String outputProblem) {
    }

    /**
     * @param tableText  "database.table" as typed (case is ignored: Athena keeps names in lower case)
     * @param outputText "s3://bucket/prefix" as typed
     */
    public static Checked parse(String tableText, String outputText) {
        String typed = tableText == null ? "" : tableText.strip();
        String tableProblem = "";
        String database = "";
        String table = "";
        int dot = typed.indexOf('.');
        if (typed.isEmpty()) {
            tableProblem = ActivityWords.get("athena.table.missing");
        } else if (dot < 0 || typed.indexOf('.', dot + 1) >= 0) {
            tableProblem = ActivityWords.get("athena.table.shape", VisibleText.of(typed));
        } else {
            database = typed.substring(0, dot).toLowerCase(Locale.ROOT);
            table = typed.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!NAME.matcher(database).matches() || !NAME.matcher(table).matches()) {
                tableProblem = ActivityWords.get("athena.table.characters", VisibleText.of(typed));
            }
        }
        String output = outputText == null ? "" : outputText.strip();
        String outputProblem = outputProblem(output);
        if (!tableProblem.isEmpty() || !outputProblem.isEmpty()) {
            return new Checked(Optional.empty(), tableProblem, outputProblem);
        }
        return new Checked(Optional.of(new AthenaTable(database, table, output.endsWith("/") ? output
                : output + "/")), "", "");
    }

    private static String outputProblem(String output) {
        if (output.isEmpty()) {
            return ActivityWords.get("athena.output.missing");
        }
        if (!output.startsWith("s3://")) {
            return ActivityWords.get("athena.output.scheme", VisibleText.of(output));
        }
        if (output.length() > MAX_OUTPUT || output.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return ActivityWords.get("athena.output.characters", VisibleText.of(output));
        }
        String rest = output.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            return ActivityWords.get("athena.output.bucket", VisibleText.of(bucket));
        }
        return "";
    }

    /** "database.table", as the user typed it and messages name it. */
    public String qualifiedName() {
        return database + "." + table;
    }
}
