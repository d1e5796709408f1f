package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command whose outcome is one envelope on stdout and an exit code; subclasses only produce the data. */
abstract class EnvelopeCommand implements Callable<Integer> {

    static final String CLIENT_ERROR = "CLIENT_ERROR";

    // The top command or a command group such as "campaign"; either hands over the run's context.
    @ParentCommand
    private CommandContext.Holder parent;

    /** The envelope's data on success. */
    abstract ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException;

    /** The exit code after printing the data; a command whose data can report a problem (doctor) decides. */
    int successExitCode(ObjectNode data) {
        return ExitCode.SUCCESS;
    }

    @Override
    public final Integer call() {
        CommandContext context = parent.context();
        JsonEnvelope envelope = context.envelope();
        try {
            ObjectNode data = execute(context);
            envelope.success(data);
            return successExitCode(data);
        } catch (InvalidInput refused) {
            envelope.failure(JsonEnvelope.VALIDATION_ERROR, refused.getMessage(), Optional.empty());
            return ExitCode.INVALID_INPUT;
        } catch (ServiceException failed) {
            ServiceError error = failed.error();
            envelope.failure(scriptCode(error), error.fullText(), error.requestId());
            return ExitCode.SERVICE_FAILURE;
        }
    }

    /** A script never reads UNKNOWN: what is left unexplained failed in the AWS client on this computer. */
    private static String scriptCode(ServiceError error) {
        return "UNKNOWN".equals(error.code()) ? CLIENT_ERROR : error.code();
    }
}
