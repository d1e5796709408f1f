package dev.livenessdesk.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A usage mistake (unknown option, missing value) is refused input too: the JSON envelope, usage on stderr. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final CommandContext context;

    UsageErrorHandler(CommandContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        context.envelope().failure(JsonEnvelope.VALIDATION_ERROR, ex.getMessage(), Optional.empty());
        CommandLine command = ex.getCommandLine();
        UnmatchedArgumentException.printSuggestions(ex, context.err());
        command.usage(context.err());
        context.err().flush();
        return ExitCode.INVALID_INPUT;
    }
}
