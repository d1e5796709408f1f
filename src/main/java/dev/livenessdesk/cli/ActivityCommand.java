package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The sessions CloudTrail saw in a window, with what happened to each, as the Activity tab shows them. */
@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "List the Face Liveness sessions CloudTrail saw in a time window, with what happened to each "
                + "(needs cloudtrail:LookupEvents, or Athena with --athena-table).")
final class ActivityCommand extends EnvelopeCommand {

    static final int MAX_LIMIT = 10_000;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    WindowOptions window;

    @Mixin
    AthenaOptions athena;

    @Option(names = "--caller", paramLabel = "TEXT", description = "Only sessions whose caller (role or user ARN) "
            + "contains this text, in any case.")
    String caller;

    @Option(names = "--source-ip", paramLabel = "IP", description = "Only sessions started from this IP (or one "
            + "starting with it).")
    String sourceIp;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Only sessions with this outcome, one of: "
            + "${COMPLETION-CANDIDATES}.",
            completionCandidates = Outcomes.class)
    String outcome;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500",
            description = "At most this many sessions, newest first (1 to 10000; the summary counts all). "
                    + "Default: ${DEFAULT-VALUE}.")
    String limit;

    /** The outcome codes, for the help text. */
    static final class Outcomes extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Outcomes() {
            super(Arrays.stream(ActivityOutcome.values()).map(ActivityOutcome::code).toList());
        }
    }

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        Clock clock = context.clock();
        Optional<AthenaTable> table = athena.table();
        ActivityWindow checked = window.window(clock, "24h", table.isPresent());
        int rows = limit();
        ActivityFilter filter = new ActivityFilter(caller, sourceIp, outcome());
        ActivityFinder finder = new ActivityFinder(Trails.of(context, connection, table), clock);
        ActivityReport report = finder.find(checked, filter, rows, partial -> { });
        Trails.failIfNothingRead(report.end().orElseThrow(), report.eventsRead());
        ObjectNode data = JsonEnvelope.NODES.objectNode();
        ActivityJson.window(data, report.window(), report.source());
        ActivityJson.readEnd(data, report.end().get(), report.eventsRead(), report.notes());
        data.put("matching", report.matching()).put("shown", report.sessions().size());
        ActivityJson.summary(data.putObject("summary"), report.summary());
        ArrayNode sessions = data.putArray("sessions");
        for (ActivitySession session : report.sessions()) {
            ActivityJson.session(sessions, session);
        }
        ActivityJson.unreadable(data, report.unreadableCount(), report.unreadable());
        data.put("without_session", report.withoutSession());
        return data;
    }

    private Optional<ActivityOutcome> outcome() throws InvalidInput {
        if (outcome == null || outcome.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ActivityOutcome.byCode(outcome).orElseThrow(() -> new InvalidInput(CliText.get(
                "outcome.unknown", outcome, Arrays.stream(ActivityOutcome.values()).map(ActivityOutcome::code)
                        .collect(Collectors.joining(", "))))));
    }

    private int limit() throws InvalidInput {
        String typed = limit == null ? "" : limit.strip();
        OptionalInt size = SessionSettingsValidator.asciiWholeNumber(typed);
        if (size.isEmpty() || size.getAsInt() < 1 || size.getAsInt() > MAX_LIMIT) {
            throw new InvalidInput(CliText.get("limit.range", typed, 1, MAX_LIMIT));
        }
        return size.getAsInt();
    }
}
