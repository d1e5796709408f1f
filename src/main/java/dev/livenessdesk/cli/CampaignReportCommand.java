package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.review.LabelFigures;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.CampaignFollower;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.core.sharing.SharedCampaign;
import dev.livenessdesk.core.sharing.TeamCampaigns;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campaign report NAME}: the campaign from this computer and the bucket's records, what is not final
 * followed once (final results written back to the records), and the ISO/IEC 30107-3 numbers at the pass mark.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a campaign's BPCER, APCER per species, the worst species and the pass-mark sweep.")
final class CampaignReportCommand extends EnvelopeCommand {

    static final int DEFAULT_PASS_MARK = 80;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name (any case).")
    String name;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--pass-mark", paramLabel = "N", description = "Confidence needed to pass, 0 to 100. Default: 80.")
    String passMark;

    @Option(names = "--bucket", paramLabel = "BUCKET", description = "Read the team's records from this bucket too.")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "The key prefix the sessions were created with. Default: none.")
    String prefix;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        int mark = passMark();
        if (bucket == null && !prefix.isEmpty()) {
            throw new InvalidInput(CliText.get("campaign.prefixWithoutBucket"));
        }
        CampaignStore store = context.campaignStore();
        Optional<URI> endpoint = connection.endpoint(context);
        String region = bucket == null ? "" : connection.region(context.backend().profiles());
        Optional<CampaignFollower.SharedRecordsAt> shared = Optional.empty();
        RecordScan scan = RecordScan.empty();
        if (bucket != null) {
            S3Options location = new S3Options();
            location.bucket = bucket;
            location.prefix = prefix;
            location.check(new InputChecks(context), region);
            ConnectionSettings s3 = connection.forS3(context, region, endpoint);
            Optional<SessionRecords> records = context.backend().sessionRecords(s3);
            if (records.isPresent()) {
                scan = records.get().readAll(location.bucket(), prefix);
                shared = Optional.of(new CampaignFollower.SharedRecordsAt(records.get(), scan.places()));
            }
            // A key can hold any character: an escape sequence must not reach the terminal.
            scan.unreadable().forEach(key -> context.warn(CliText.get("campaign.unreadableRecord", bucket,
                    VisibleText.of(key))));
        }
        List<CampaignSession> localSessions;
        SharedCampaign campaign;
        try {
            localSessions = store.sessionsOf(name);
            Optional<SharedCampaign> found = TeamCampaigns.gather(store, name, localSessions, scan.records());
            if (found.isEmpty()) {
                throw new InvalidInput(CliText.get("campaign.unknown", name,
                        bucket == null ? "" : CliText.get("campaign.unknown.bucket", bucket, prefix))
                        + knownCampaigns(store, scan));
            }
            campaign = found.get();
        } catch (IOException unreadable) {
            throw LocalDatabaseFailure.of(unreadable);
        }
        // Each session is asked about in the region it was created in, whatever --region says; the endpoint (typed,
        // or set by the environment or the profile) is the same for all of them, so it is resolved once. Without a
        // bucket no region need be configured: the placeholder is replaced by each session's own.
        ConnectionSettings rekognition = connection.forRekognition(context, region.isEmpty() ? "us-east-1" : region,
                endpoint);
        // A record without a region (an older desk's) is asked about in the command's region.
        CampaignFollower follower = new CampaignFollower(sessionRegion -> context.backend().livenessSessions(
                sessionRegion.isBlank() ? rekognition : rekognition.withRegion(sessionRegion)), store, shared);
        CampaignFollower.Followed followed;
        try {
            followed = follower.follow(campaign, localSessions);
        } catch (IOException unwritable) {
            throw LocalDatabaseFailure.of(unwritable);
        }
        followed.failures().forEach(why -> context.warn(CliText.get("campaign.followFailed", why)));
        switch (followed.stop()) {
            case ENDPOINT_FAILING -> context.warn(CliText.get("campaign.stopped.failing", followed.notAsked(),
                    CampaignFollower.Limits.DEFAULT.failuresInARow()));
            case DEADLINE -> context.warn(CliText.get("campaign.stopped.deadline", followed.notAsked(),
                    CampaignFollower.Limits.DEFAULT_DEADLINE_SECONDS));
            case NONE -> { }
        }
        CampaignEvaluation evaluation = CampaignEvaluation.of(followed.campaign().campaign(),
                followed.campaign().sessions());
        ObjectNode data = CampaignReportJson.of(evaluation, mark, followed, scan);
        if (bucket != null) {
            labels(context, data, followed.campaign(), mark, connection.forS3(context, region, endpoint));
        }
        return data;
    }

    /** What the reviewers' labels in the records say beside the numbers, at the same pass mark. */
    private void labels(CommandContext context, ObjectNode data, SharedCampaign campaign, int mark,
                        ConnectionSettings s3) throws ServiceException {
        Optional<SharedReviews> shared = context.backend().sharedReviews(s3);
        if (shared.isEmpty()) {
            return;
        }
        SharedReviews.ReviewScan reviews = shared.get().readAll(bucket, prefix);
        ReviewJsonOut.figures(data.putObject("labels"), LabelFigures.ofCampaign(campaign.campaign(),
                campaign.sessions(), ReviewLedger.of(reviews.reviews()), mark));
    }

    private int passMark() throws InvalidInput {
        return passMarkOf(passMark);
    }

    /** A typed pass mark, or the default when none was typed. */
    static int passMarkOf(String passMark) throws InvalidInput {
        if (passMark == null) {
            return DEFAULT_PASS_MARK;
        }
        String given = passMark.strip();
        // ASCII digits only, as the service's own integers: no signs, no other scripts' digits.
        if (!given.matches("[0-9]{1,3}") || Integer.parseInt(given) > 100) {
            throw new InvalidInput(CliText.get("campaign.passMark", passMark));
        }
        return Integer.parseInt(given);
    }

    /** ". Campaigns here: 'A', 'B'." (local and in the bucket's records), or that there are none: what to type. */
    private static String knownCampaigns(dev.livenessdesk.core.campaign.CampaignStore store, RecordScan scan)
            throws IOException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        store.campaigns().forEach(known -> names.add(known.name()));
        scan.records().forEach(record -> names.add(record.session().campaignName()));
        if (names.isEmpty()) {
            return CliText.get("campaign.unknown.none");
        }
        return CliText.get("campaign.unknown.known", names.stream().map(known -> "'" + VisibleText.of(known) + "'")
                .collect(java.util.stream.Collectors.joining(", ")));
    }

}
