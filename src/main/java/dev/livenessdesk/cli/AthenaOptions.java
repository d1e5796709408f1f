package dev.livenessdesk.cli;

import dev.livenessdesk.core.activity.AthenaTable;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The Athena route of {@code activity} and {@code timeline}: the trail's table and where Athena writes. */
final class AthenaOptions {

    @Option(names = "--athena-table", paramLabel = "DB.TABLE", description = "Read the trail through Athena from "
            + "this table (CloudTrail's Athena table, e.g. default.cloudtrail_logs): for busy accounts and windows "
            + "past 90 days. Needs --athena-output.")
    String table;

    @Option(names = "--athena-output", paramLabel = "S3_URI", description = "Where Athena writes the query's "
            + "answer, e.g. s3://my-athena-results/liveness-desk/ (with --athena-table).")
    String output;

    /** The table, checked as the tab checks it; empty when neither option is given. */
    Optional<AthenaTable> table() throws InvalidInput {
        if (table == null && output == null) {
            return Optional.empty();
        }
        if (table == null || output == null) {
            throw new InvalidInput(CliText.get("athena.bothOrNeither"));
        }
        AthenaTable.Checked checked = AthenaTable.parse(table, output);
        if (checked.table().isEmpty()) {
            throw new InvalidInput(checked.tableProblem().isEmpty() ? checked.outputProblem()
                    : checked.tableProblem());
        }
        return checked.table();
    }
}
