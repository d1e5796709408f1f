package dev.livenessdesk.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A bug still answers in the envelope, so a script never parses a stack trace; the trace goes to stderr. */
final class UnexpectedFailureHandler implements IExecutionExceptionHandler {

    static final String CODE = "UNEXPECTED_ERROR";

    private final CommandContext context;

    UnexpectedFailureHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        context.envelope().failure(CODE, CliText.get("unexpected", what), Optional.empty());
        ex.printStackTrace(context.err());
        context.err().flush();
        return ExitCode.SERVICE_FAILURE;
    }
}
