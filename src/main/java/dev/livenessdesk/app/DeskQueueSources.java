package dev.livenessdesk.app;

import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.review.QueueSelection;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewSources;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.ui.review.QueueSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Review tab's sources on this desk: the history, the campaigns (where each session's record lives is kept with
 * it), the session folders under the form's bucket and prefix, with their records' scores, and the sessions of the
 * window the Activity tab read last (as far as it had read when the queue starts).
 */
final class DeskQueueSources implements QueueSources {

    private static final int PAGE = 1000;

    private final SessionHistoryStore history;
    private final CampaignStore campaigns;
    private final Backend backend;
    private final Supplier<ConnectionSettings> connection;
    private final Supplier<Optional<String>> bucket;
    private final Supplier<String> prefix;
    private final Supplier<Optional<ActivityReport>> activity;

    /**
     * @param activity what the Activity tab shows now; safe to ask from any thread
     */
    DeskQueueSources(SessionHistoryStore history, CampaignStore campaigns, Backend backend,
                     Supplier<ConnectionSettings> connection, Supplier<Optional<String>> bucket,
                     Supplier<String> prefix, Supplier<Optional<ActivityReport>> activity) {
        this.history = history;
        this.campaigns = campaigns;
        this.backend = backend;
        this.connection = connection;
        this.bucket = bucket;
        this.prefix = prefix;
        this.activity = activity;
    }

    @Override
    public ReviewSources.Found read(Source source, String campaign) throws Exception {
        return switch (source) {
            case HISTORY -> ReviewSources.historySessions(history.list());
            case CAMPAIGN -> ReviewSources.Found.all(ReviewSources.fromCampaign(campaigns.sessionsOf(campaign), id -> {
                try {
                    return campaigns.recordPlace(id);
                } catch (java.io.IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }));
            case BUCKET -> ReviewSources.Found.all(bucketSessions());
            case ACTIVITY -> activitySessions();
        };
    }

    private ReviewSources.Found activitySessions() throws Exception {
        ActivityReport report = activity.get().orElseThrow(() -> new IllegalStateException(
                dev.livenessdesk.ui.review.ReviewPaneView.NO_ACTIVITY));
        return ReviewSources.fromActivity(report.sessions(), history.list());
    }

    private List<ReviewCandidate> bucketSessions() throws Exception {
        String where = bucket.get().orElseThrow(() -> new IllegalStateException(
                dev.livenessdesk.ui.review.ReviewPaneView.NO_BUCKET));
        String under = prefix.get();
        ConnectionSettings on = connection.get();
        ImageStore images = backend.imageStore(on);
        List<SessionFolder> folders = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<SessionFolder> page = images.sessions(where, under, token, PAGE);
            folders.addAll(page.items());
            token = page.nextToken();
        } while (token.isPresent() && folders.size() < QueueSelection.MAX_COUNT);
        Map<String, SessionRecord> records = new HashMap<>();
        Optional<dev.livenessdesk.core.sharing.SessionRecords> shared = backend.sessionRecords(on);
        if (shared.isPresent()) {
            shared.get().readAll(where, under).records().forEach(r -> records.put(r.session().sessionId(), r));
        }
        return ReviewSources.fromBucket(folders, records);
    }

    @Override
    public List<String> campaigns() throws Exception {
        return campaigns.campaigns().stream().map(Campaign::name).toList();
    }

    @Override
    public String where(Source source) {
        return switch (source) {
            case BUCKET -> bucket.get().map(b -> "s3://" + b + "/" + prefix.get()).orElse("");
            case ACTIVITY -> activity.get().map(DeskQueueSources::describe).orElse("");
            case HISTORY, CAMPAIGN -> "";
        };
    }

    /** "2026-12-06 19:00 to 20:00 (Europe/Berlin), 12 of 40 sessions, still reading": the window as read. */
    private static String describe(ActivityReport report) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return dev.livenessdesk.ui.review.ReviewPaneView.activityWindow(
                dev.livenessdesk.ui.common.ShownTime.local(report.window().from(), zone),
                dev.livenessdesk.ui.common.ShownTime.withZone(report.window().to(), zone),
                report.sessions().size(), report.matching(), report.end().isEmpty());
    }
}
