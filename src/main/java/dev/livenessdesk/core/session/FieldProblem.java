package dev.livenessdesk.core.session;

import dev.livenessdesk.core.Messages;

import java.util.Objects;

/** One thing wrong (or doubtful) about one field, in words a user understands. */
public record FieldProblem(SessionField field, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static FieldProblem error(SessionField field, String messageKey, Object... args) {
        return new FieldProblem(field, Severity.ERROR, Messages.get(messageKey, args));
    }

    public static FieldProblem warning(SessionField field, String messageKey, Object... args) {
        return new FieldProblem(field, Severity.WARNING, Messages.get(messageKey, args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "S3 bucket: Bucket names are ..." for places that show one line per problem (the command line). */
    public String describe() {
        return field.label() + ": " + message;
    }
}
