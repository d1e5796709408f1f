package dev.livenessdesk.aws;

import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/**
 * An Athena query that did not succeed, in words: Athena's own reason ({@code StateChangeReason}) is kept beside
 * them as sent, and the common reasons (no such table, the trail's bucket or the output location refused, a table
 * that is not CloudTrail's) say what to check.
 */
final class AthenaFailures {

    private AthenaFailures() {
    }

    static ServiceError failed(QueryExecutionStatus status, AthenaTable table, String queryId) {
        String reason = Optional.ofNullable(status.stateChangeReason()).filter(r -> !r.isBlank())
                .or(() -> Optional.ofNullable(status.athenaError()).map(AthenaError::errorMessage))
                .orElse(AwsErrorWords.get("athena.failed.noReason"));
        String lower = reason.toLowerCase(Locale.ROOT);
        String kind;
        ErrorKind errorKind = ErrorKind.SERVICE_ERROR;
        if (lower.contains("table_not_found") || lower.contains("schema_not_found")
                || (lower.contains("does not exist") && !lower.contains("bucket"))) {
            kind = "noTable";
            errorKind = ErrorKind.NOT_FOUND;
        } else if (lower.contains("access denied") || lower.contains("accessdenied")
                || lower.contains("not authorized") || lower.contains("permission")) {
            kind = "denied";
            errorKind = ErrorKind.ACCESS_DENIED;
        } else if (lower.contains("column_not_found") || lower.contains("cannot be resolved")) {
            kind = "notCloudTrail";
        } else if (lower.contains("bucket") && lower.contains("does not exist")) {
            kind = "noBucket";
        } else {
            kind = "other";
        }
        String code = Optional.ofNullable(status.athenaError()).map(AthenaError::errorType)
                .map(type -> "Athena error type " + type).orElse("FAILED");
        return new ServiceError(errorKind,
                AwsErrorWords.get("athena.failed.message", table.qualifiedName(),
                        AwsErrorWords.get("athena.failed." + kind, table.qualifiedName(), table.outputLocation())),
                AwsErrorWords.get("athena.failed.next", reason, queryId),
                Optional.of(code), Optional.of(queryId), 0, Optional.of(reason));
    }

    static ServiceError cancelledElsewhere(QueryExecutionStatus status, AthenaTable table, String queryId) {
        String reason = Optional.ofNullable(status.stateChangeReason()).filter(r -> !r.isBlank()).orElse("-");
        return new ServiceError(ErrorKind.SERVICE_ERROR,
                AwsErrorWords.get("athena.cancelled.message", table.qualifiedName(), reason),
                AwsErrorWords.get("athena.cancelled.next", queryId), Optional.of("CANCELLED"),
                Optional.of(queryId), 0, Optional.of(reason));
    }

    static ServiceError overdue(AthenaTable table, String queryId, Duration deadline) {
        return new ServiceError(ErrorKind.NETWORK,
                AwsErrorWords.get("athena.overdue.message", table.qualifiedName(), deadline.toSeconds(), queryId),
                AwsErrorWords.get("athena.overdue.next"), Optional.of("QUERY_DEADLINE"), Optional.of(queryId), 0,
                Optional.empty());
    }
}
