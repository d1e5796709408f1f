package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.review.LabelFigures;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.core.sharing.SharedCampaign;
import dev.livenessdesk.core.sharing.TeamCampaigns;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code review export}: every review in the session records under a prefix, the agreement of each pair of reviewers
 * and the sessions they disagree on; with {@code --campaign}, only that campaign's sessions, and what the labels say
 * beside its numbers at the pass mark.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the reviews in the team's records, the agreement between reviewers and, for a campaign,"
                + " what the labels say at the pass mark.")
final class ReviewExportCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Option(names = "--campaign", paramLabel = "NAME", description = "Only this campaign's sessions (any case).")
    String campaign;

    @Option(names = "--pass-mark", paramLabel = "N", description = "Confidence needed to pass, 0 to 100. Default: 80.")
    String passMark;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        int mark = CampaignReportCommand.passMarkOf(passMark);
        ConnectionSettings s3 = location.checkedConnection(connection, context);
        SharedReviews.ReviewScan scan = context.backend().sharedReviews(s3)
                .orElseThrow(() -> new InvalidInput(CliText.get("review.noSharing")))
                .readAll(location.bucket(), location.prefix);
        List<Review> reviews = scan.reviews();
        Optional<SharedCampaign> chosen = Optional.empty();
        if (campaign != null) {
            chosen = Optional.of(campaignOf(context, s3));
            Set<String> ids = new HashSet<>();
            chosen.get().sessions().forEach(s -> ids.add(s.sessionId().toLowerCase(Locale.ROOT)));
            reviews = reviews.stream().filter(r -> ids.contains(r.sessionId().toLowerCase(Locale.ROOT))).toList();
        }
        ReviewLedger ledger = ReviewLedger.of(reviews);
        if (scan.refused() > 0) {
            context.warn(CliText.get("review.refused", scan.refused(), location.bucket(),
                    VisibleText.of(location.prefix)));
        }
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("bucket", location.bucket())
                .put("prefix", location.prefix);
        chosen.ifPresent(c -> data.put("campaign", c.campaign().name()));
        data.put("sessions_reviewed", ledger.sessions().size()).put("reviews_refused", scan.refused());
        ReviewJsonOut.reviews(data.putArray("reviews"), ledger);
        ReviewJsonOut.agreement(data.putArray("agreement"), ledger);
        ArrayNode disputed = data.putArray("disagreements");
        ledger.sessions().stream().filter(ledger::isDisputed).forEach(disputed::add);
        chosen.ifPresent(c -> ReviewJsonOut.figures(data.putObject("labels"), LabelFigures.ofCampaign(c.campaign(),
                c.sessions(), ledger, mark)));
        return data;
    }

    private SharedCampaign campaignOf(CommandContext context, ConnectionSettings s3)
            throws InvalidInput, ServiceException {
        Optional<SessionRecords> shared = context.backend().sessionRecords(s3);
        RecordScan records = shared.isPresent() ? shared.get().readAll(location.bucket(), location.prefix)
                : RecordScan.empty();
        CampaignStore store = context.campaignStore();
        try {
            return TeamCampaigns.gather(store, campaign, store.sessionsOf(campaign), records.records())
                    .orElseThrow(() -> new InvalidInput(CliText.get("campaign.unknown", campaign,
                            CliText.get("campaign.unknown.bucket", location.bucket(), location.prefix))));
        } catch (IOException unreadable) {
            throw LocalDatabaseFailure.of(unreadable);
        }
    }
}
