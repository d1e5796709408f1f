package dev.livenessdesk.app;

import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.core.review.CampaignReviews;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.ReviewSources;
import dev.livenessdesk.ui.campaign.ReviewSections;
import java.util.List;
import dev.livenessdesk.core.review.ViewingLogCsv;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.review.ReviewPaneView;
import dev.livenessdesk.ui.review.ReviewPrefetch;
import dev.livenessdesk.ui.review.ReviewViewModel;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Assembles the Review tab from the window's parts: its sources (history, campaigns, the form's bucket, the
 * Activity tab's window), the review desk on this world's database and the backend's shared reviews, pictures
 * fetched ahead on the active connection.
 */
final class ReviewTab {

    private ReviewTab() {
    }

    static ReviewViewModel model(DesktopServices services, ActiveConnection active,
                                 SessionFormViewModel form, IntegerProperty passMark,
                                 Supplier<Optional<ActivityReport>> activityShown) {
        Backend backend = services.backend();
        DeskQueueSources sources = new DeskQueueSources(services.history(), services.campaigns(), backend,
                active::getConnection, () -> Optional.ofNullable(form.bucketProperty().get()).filter(b -> !b.isBlank()),
                () -> Optional.ofNullable(form.keyPrefixProperty().get()).orElse(""), activityShown);
        ReviewDesk desk = desk(services, active);
        ReviewPrefetch prefetch = new ReviewPrefetch(services.tasks(), () -> backend.imageStore(active.getConnection()),
                () -> Optional.ofNullable(active.getConnection()).map(backend::livenessSessions),
                ReviewPaneView.SHOWN_SIZE);
        ReviewViewModel model = new ReviewViewModel(new ReviewViewModel.Services(services.tasks(), desk,
                services.reviews().viewings(), sources, prefetch, Clock.systemUTC()),
                System.getProperty("user.name", ""));
        model.passMarkProperty().bind(passMark);
        return model;
    }

    /** The one review desk of a window: this world's database, the backend's shared reviews on the connection. */
    static ReviewDesk desk(DesktopServices services, ActiveConnection active) {
        return new ReviewDesk(services.reviews().store(), bucket -> Optional.ofNullable(active.getConnection())
                .flatMap(services.backend()::sharedReviews));
    }

    /** The Campaign tab's report section: the campaign's reviews, read from its records and this computer. */
    static ReviewSections sections(DesktopServices services, ActiveConnection active) {
        return (campaign, sessions, passMark) -> {
            List<ReviewCandidate> candidates = ReviewSources.fromCampaign(sessions, id -> {
                try {
                    return services.campaigns().recordPlace(id);
                } catch (java.io.IOException unreadable) {
                    return Optional.empty();
                }
            });
            ReviewLedger reviews = desk(services, active).gather(candidates).reviews();
            List<Review> local = services.reviews().store().reviewsOf(sessions.stream()
                    .map(dev.livenessdesk.core.campaign.CampaignSession::sessionId).toList());
            List<Review> all = new java.util.ArrayList<>(reviews.all());
            all.addAll(local);
            return CampaignReviews.section(campaign, sessions, ReviewLedger.of(all), passMark);
        };
    }

    static Parent build(Stage owner, String title, DesktopServices services, ReviewViewModel model) {
        SaveFileChooser files = SaveFileChooser.dialog(() -> owner, title);
        Runnable exportLog = () -> files.chooseTarget("viewing-log.csv").ifPresent(target -> export(services,
                model, target));
        return new ReviewPaneView(model, exportLog).load();
    }

    private static void export(DesktopServices services, ReviewViewModel model, Path target) {
        services.tasks().job(context -> {
            AtomicFiles.write(target, ViewingLogCsv.bytes(services.reviews().viewings().entries()));
            return target;
        }).onSuccess(written -> model.statusProperty().set(ReviewPaneView.exported(written.toString())))
                .onFailure(failed -> model.statusProperty().set(String.valueOf(failed.getMessage()))).start();
    }
}
