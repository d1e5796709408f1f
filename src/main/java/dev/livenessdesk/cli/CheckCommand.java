package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckRuns;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Serves the check page for a CREATED session, opens the browser, waits until the check ends or the session can
 * no longer be started, and prints the session's results with how the check ended.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run a CREATED session's video check in a browser on this computer, then print the session's "
                + "results (as 'results' does) with a \"check\" object saying how the page ended.",
            "The page gets credentials that allow only rekognition:StartFaceLivenessSession for 15 minutes."})
final class CheckCommand extends EnvelopeCommand {

    /** The longest wait: 3 minutes to start, then at most the credentials' 15 minutes, with room to spare. */
    private static final long LONGEST_WAIT_MINUTES = 20;
    private static final int RESULT_POLLS = 15;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "SESSION-ID", description = "The session id (36 characters).")
    String sessionId;

    @Option(names = "--no-browser", description = "Do not open a browser; write 'Open <url> in a browser' on stderr.")
    boolean noBrowser;

    @Option(names = "--hand-over-credentials",
            description = "Without a check role (liveness_check_role_arn), give the page your own temporary "
                    + "credentials. They can do all you can do: use only on your own computer.")
    boolean handOver;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        String id = InputChecks.sessionId(sessionId);
        ConnectionSettings settings = connection.checkedRekognition(context);
        LivenessSessions sessions = context.backend().livenessSessions(settings);
        SessionResults before = sessions.results(id);
        if (before.status() != SessionStatus.CREATED) {
            throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER,
                    CliText.get("check.notCreated", id, before.displayStatus()), CliText.get("check.notCreated.next")));
        }
        if (handOver) {
            context.warn(dev.livenessdesk.core.check.CheckWords.get("role.handOver.warning"));
        }
        CheckRuns runs = new CheckRuns(context.backend(), context.checkPages(), Clock.systemUTC());
        CheckOutcome outcome;
        try (CheckPage page = runs.start(settings, id, Optional.empty(), handOver)) {
            show(context, page.address());
            outcome = await(page);
        }
        SessionResults after = outcome.hasResult() ? settled(sessions, id) : sessions.results(id);
        ObjectNode data = ResultsJson.of(after);
        ObjectNode check = data.putObject("check").put("outcome", outcome.kind().name())
                .put("message", outcome.kind() == CheckOutcome.Kind.COMPLETED ? CliText.get("check.completed")
                        : outcome.words());
        outcome.errorState().ifPresent(state -> check.put("error_state", state));
        outcome.detail().ifPresent(detail -> check.put("detail", detail));
        return data;
    }

    private void show(CommandContext context, URI address) {
        if (!noBrowser) {
            try {
                context.pageOpener().open(address);
                return;
            } catch (IOException e) {
                context.warn(CliText.get("check.noBrowser", e.getMessage()));
            }
        }
        context.err().println(CliText.get("check.open", address));
        context.err().flush();
    }

    private static CheckOutcome await(CheckPage page) throws ServiceException {
        try {
            return page.outcome().get(LONGEST_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(ServiceError.of(ErrorKind.CANCELLED, CliText.get("check.interrupted"), ""));
        } catch (ExecutionException | TimeoutException e) {
            return CheckOutcome.expired();
        }
    }

    /** After a completed check the service may still say IN_PROGRESS for a moment: read until it settles. */
    private static SessionResults settled(LivenessSessions sessions, String id) throws ServiceException {
        SessionResults results = sessions.results(id);
        for (int poll = 1; poll < RESULT_POLLS && !results.status().isFinal(); poll++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return results;
            }
            results = sessions.results(id);
        }
        return results;
    }
}
