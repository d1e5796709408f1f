package dev.livenessdesk.app;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.ui.campaign.CampaignViewModel;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.history.HistoryViewModel;
import dev.livenessdesk.ui.main.MainWindowView;
import dev.livenessdesk.ui.results.ResultsViewModel;
import dev.livenessdesk.ui.session.SessionCreated;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import dev.livenessdesk.ui.viewer.ImageViewerViewModel;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How the screens hand work to each other, so none of them knows another: a created session is followed by the
 * results and shown by the viewer; a result's authoritative image keys go to the viewer; a reopened history entry
 * is followed again; the viewer's "switch region" moves the whole app.
 */
final class Workspace {

    /** Statuses that mean the person began the check, so the 3-minute start window is behind them. */
    private static final Set<SessionStatus> CHECK_BEGUN =
            EnumSet.of(SessionStatus.IN_PROGRESS, SessionStatus.SUCCEEDED, SessionStatus.FAILED);

    /** The session the results follow, with the connection it lives on (not the one the user switched to since). */
    private record Followed(String sessionId, ConnectionSettings connection) {
    }

    private final ActiveConnection active;
    private final MainWindowView window;
    private final ResultsViewModel results;
    private final ImageViewerViewModel viewer;
    private final CheckDesk checkDesk;
    private Followed followed;
    private CampaignViewModel campaign;
    // Set while a campaign's Next asks the form for a session: that session's check page is run at once.
    private boolean createdByNext;

    /** @param chooseRegion the connection chooser's region switch, for the viewer's "Switch to eu-west-1" */
    Workspace(ActiveConnection active, Consumer<String> chooseRegion, MainWindowView window,
              SessionFormViewModel form, ResultsViewModel results, ImageViewerViewModel viewer,
              HistoryViewModel history, CheckDesk checkDesk) {
        this.checkDesk = checkDesk;
        this.active = active;
        this.window = window;
        this.results = results;
        this.viewer = viewer;

        results.connectionProperty().bind(active.connectionProperty());
        results.setOnHistoryChanged(history::upsert);
        form.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == SessionFormViewModel.Phase.FAILED) {
                createdByNext = false;
            }
        });
        form.lastCreatedProperty().addListener((obs, old, created) -> {
            if (created != null) {
                sessionCreated(created);
            }
        });
        results.resultsProperty().addListener((obs, old, answer) -> {
            resultArrived(old, answer);
            if (answer != null && CHECK_BEGUN.contains(answer.status())) {
                form.sessionStarted(answer.sessionId());
            }
        });
        history.setOnReopen(this::reopen);
        viewer.setOnSwitchRegion(chooseRegion::accept);
    }

    /**
     * The Campaign tab joins in: every session the form creates is offered to it for tagging, its "Next" is the
     * form's Create, and both tabs share the one pass mark.
     */
    void joinCampaigns(CampaignViewModel campaigns, SessionFormViewModel form) {
        this.campaign = campaigns;
        campaigns.setSessionCreator(() -> {
            createdByNext = true;
            boolean started = form.createSession();
            createdByNext = started;
            return started;
        });
        campaigns.metrics().passMarkProperty().bindBidirectional(results.verdict().passMarkProperty());
    }

    /** Opens the remembered bucket and prefix in the viewer, so the last place is one click away. */
    void browseRemembered(String bucket, String prefix) {
        ConnectionSettings connection = active.getConnection();
        if (connection != null && bucket != null && !bucket.isBlank()) {
            viewer.browse(connection, bucket.strip(), prefix == null ? "" : prefix);
        }
    }

    private void sessionCreated(SessionCreated made) {
        ConnectionSettings connection = made.connection();
        CreatedSession created = made.session();
        // The Result tab now follows the session (id, status, the check): the form gives it the window's width.
        window.foldSessionForm();
        followed = new Followed(created.sessionId(), connection);
        checkDesk.following(connection, created.sessionId(), java.util.Optional.of(created.createdAt()));
        results.follow(connection, created);
        created.settings().bucket().ifPresent(bucket -> viewer.showSession(connection, bucket,
                created.settings().keyPrefix(), created.sessionId(),
                OptionalInt.of(created.settings().auditImagesLimit())));
        // A session tagged for a campaign stays in the Campaign tab, so the tester can press Next again.
        boolean tagged = campaign != null && campaign.sessionCreated(connection, created);
        if (!tagged) {
            window.showResultsTab();
        }
        if (tagged && createdByNext) {
            checkDesk.runWhenAvailable(connection, created.sessionId(), java.util.Optional.of(created.createdAt()));
        }
        createdByNext = false;
    }

    private void resultArrived(SessionResults previous, SessionResults answer) {
        if (answer == null) {
            return;
        }
        List<StoredImage> images = answer.storedImages();
        // Every poll and "Check now" sets a new answer: the viewer reloads only when the images are new.
        boolean sameImages = previous != null && previous.sessionId().equals(answer.sessionId())
                && previous.storedImages().equals(images);
        if (!images.isEmpty() && !sameImages) {
            ConnectionSettings connection = followed != null && followed.sessionId().equals(answer.sessionId())
                    ? followed.connection() : active.getConnection();
            viewer.showImages(connection, images);
            // The service's face boxes, drawn over the full-size pictures as the Result tab draws them.
            java.util.Map<dev.livenessdesk.core.images.S3Location, dev.livenessdesk.core.session.BoundingBox> boxes =
                    new java.util.HashMap<>();
            java.util.stream.Stream.concat(answer.referenceImage().stream(), answer.auditImages().stream())
                    .forEach(image -> image.s3Object().ifPresent(at -> image.boundingBox()
                            .ifPresent(box -> boxes.put(at, box))));
            viewer.showFaceBoxes(boxes);
            // The check just stored these images: the session's folder now exists in the listing too.
            viewer.refreshSessions();
        }
    }

    /** An entry's profile and region, with the endpoint overrides in use (an entry records only those two). */
    private ConnectionSettings connectionOf(HistoryEntry entry) {
        ConnectionSettings recorded = HistoryViewModel.connectionOf(entry);
        ConnectionSettings current = active.getConnection();
        return current == null ? recorded : new ConnectionSettings(recorded.profile(), recorded.region(),
                current.rekognitionEndpoint(), current.s3Endpoint());
    }

    private void reopen(HistoryEntry entry) {
        ConnectionSettings connection = connectionOf(entry);
        followed = new Followed(entry.sessionId(), connection);
        checkDesk.following(connection, entry.sessionId(), java.util.Optional.of(entry.createdAt()));
        results.follow(connection, entry.sessionId());
        ConnectionSettings shownIn = connection;
        entry.bucket().ifPresent(bucket -> viewer.showSession(shownIn, bucket, entry.keyPrefix(),
                entry.sessionId()));
        window.foldSessionForm();
        window.showResultsTab();
    }
}
