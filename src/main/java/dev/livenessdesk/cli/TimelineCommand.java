package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.SessionTimeline;
import dev.livenessdesk.core.activity.SupportBundle;
import dev.livenessdesk.core.activity.SupportText;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.ClockOffset;
import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.session.SessionIds;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One session's whole story from CloudTrail, what S3 holds for it, and optionally the bundle for AWS Support. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print every CloudTrail event of one session in order, its outcome in words and what S3 holds "
                + "for it (needs cloudtrail:LookupEvents; s3:ListBucket for the objects).")
final class TimelineCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "SESSION_ID", description = "The session's id.")
    String sessionId;

    @Option(names = "--since", paramLabel = "SPAN", defaultValue = "7d",
            description = "How far back to look: 15m, 1h, 24h, 7d (at most 90d without --athena-table). "
                    + "Default: ${DEFAULT-VALUE}.")
    String since;

    @Mixin
    AthenaOptions athena;

    @Option(names = "--bundle", paramLabel = "FILE.zip", description = "Also write the text for AWS Support and "
            + "the events as CloudTrail recorded them into this new zip file (never an image).")
    String bundle;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        String id = SessionIds.normalize(sessionId);
        if (!SessionIds.isValid(id)) {
            throw new InvalidInput(SessionIds.invalidMessage(sessionId));
        }
        Optional<Path> bundleFile = bundleFile();
        Clock clock = context.clock();
        Optional<AthenaTable> table = athena.table();
        ActivityWindow.Checked checked = ActivityWindow.last(since, clock, table.isPresent());
        ActivityWindow window = checked.window().orElseThrow(() -> new InvalidInput(checked.problem()));
        String region = connection.region(context.backend().profiles());
        SessionTimeline timeline = new ActivityFinder(Trails.of(context, connection, table), clock)
                .timeline(id, window, ReadProgress.NONE);
        Trails.failIfNothingRead(timeline.end(), timeline.eventsRead());
        S3Objects objects = s3Objects(context, region, timeline);

        ObjectNode data = JsonEnvelope.NODES.objectNode().put("session_id", id).put("region", region);
        ActivityJson.window(data, window, timeline.source());
        ActivityJson.readEnd(data, timeline.end(), timeline.eventsRead(), List.of());
        data.put("found", timeline.session().isPresent());
        timeline.session().ifPresentOrElse(session -> {
            data.put("outcome", session.outcome().code()).put("outcome_words", session.outcomeLine());
            ActivityJson.reason(data, session.reason());
        }, () -> data.putNull("outcome"));
        data.put("verdict", timeline.verdictLine());
        ArrayNode events = data.putArray("events");
        for (TrailEvent event : timeline.events()) {
            ActivityJson.event(events, event, SessionTimeline.describe(event));
        }
        data.put("events_of_other_sessions", timeline.otherSessions());
        ActivityJson.unreadable(data, timeline.unreadable().size(), timeline.unreadable());
        ArrayNode s3 = data.putArray("s3_objects");
        for (StoredImage object : objects.list()) {
            ObjectNode node = s3.addObject().put("uri", object.location().uri()).put("size", object.sizeBytes());
            object.location().version().ifPresent(v -> node.put("version_id", v));
            if (object.lastModified() != null) {
                node.put("last_modified", ActivityJson.time(object.lastModified()));
            }
        }
        objects.note().ifPresent(note -> data.put("s3_note", note));
        if (bundleFile.isPresent()) {
            String text = SupportText.of(timeline, region, Optional.empty(), VersionProvider.version(),
                    objects.list(), objects.note(), clockOffset(context, region));
            try {
                AtomicFiles.write(bundleFile.get(), SupportBundle.zip(text, timeline));
            } catch (IOException failed) {
                throw new InvalidInput(CliText.get("bundle.notWritten", bundleFile.get(), failed.getMessage()));
            }
            data.put("bundle", bundleFile.get().toString());
        }
        return data;
    }

    /**
     * This computer's clock against AWS's, measured as the setup check measures it (the Date of a Rekognition
     * answer); empty, and said so in the text, where it cannot be measured (the sandbox, no answer).
     */
    private Optional<Duration> clockOffset(CommandContext context, String region) throws InvalidInput {
        Optional<URI> endpoint = connection.endpoint(context);
        return ClockOffset.measure(context.backend(), new ConnectionSettings(connection.profileName(), region,
                endpoint, endpoint));
    }

    /** A new .zip in a folder that exists: an existing file is never replaced. */
    private Optional<Path> bundleFile() throws InvalidInput {
        if (bundle == null) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(bundle.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException bad) {
            throw new InvalidInput(CliText.get("bundle.invalid", bundle));
        }
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new InvalidInput(CliText.get("bundle.notZip", bundle));
        }
        if (Files.exists(file)) {
            throw new InvalidInput(CliText.get("bundle.exists", file));
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new InvalidInput(CliText.get("bundle.noFolder", file.getParent()));
        }
        return Optional.of(file);
    }

    private record S3Objects(List<StoredImage> list, Optional<String> note) {
    }

    /** What S3 holds under the bucket and prefix the session was created with; a failure is said, not fatal. */
    private S3Objects s3Objects(CommandContext context, String region, SessionTimeline timeline) throws InvalidInput {
        Optional<String> bucket = timeline.session().flatMap(s -> s.bucket());
        if (bucket.isEmpty()) {
            return new S3Objects(List.of(), Optional.of(CliText.get("timeline.noBucket")));
        }
        String prefix = timeline.session().flatMap(s -> s.prefix()).orElse("");
        try {
            return new S3Objects(context.backend().imageStore(connection.forS3(context, region, Optional.empty()))
                    .imagesOf(bucket.get(), prefix, timeline.sessionId()), Optional.empty());
        } catch (ServiceException failed) {
            return new S3Objects(List.of(), Optional.of(CliText.get("timeline.s3Failed", bucket.get(),
                    failed.error().fullText())));
        }
    }
}
