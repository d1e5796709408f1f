package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.QueueSelection;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewQueue;
import dev.livenessdesk.core.review.ReviewSources;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review tab's state: who reviews, which queue (the source, the campaign, what to take, how many), making it
 * (a first look, a blind second review, the disagreements) and what waits to be written to the bucket. The session
 * under review is {@link #session()}.
 */
public final class ReviewViewModel {

    /** What the tab stands on. */
    public record Services(TaskRunner tasks, ReviewDesk desk, ViewingLog viewings, QueueSources sources,
                           ReviewPrefetch prefetch, Clock clock) {
    }

    private final Services services;
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final ObjectProperty<QueueSources.Source> source = new SimpleObjectProperty<>(QueueSources.Source.HISTORY);
    private final StringProperty campaign = new SimpleStringProperty("");
    private final ObservableList<String> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<QueueSelection.Kind> take = new SimpleObjectProperty<>(QueueSelection.Kind.NEWEST);
    private final StringProperty count = new SimpleStringProperty("50");
    private final IntegerProperty passMark = new SimpleIntegerProperty(80);
    private final StringProperty queueTitle = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReviewSessionViewModel session;

    public ReviewViewModel(Services services, String reviewerName) {
        this.services = services;
        reviewer.set(reviewerName == null ? "" : reviewerName);
        session = new ReviewSessionViewModel(new ReviewSessionViewModel.Parts(services.tasks(), services.desk(),
                services.viewings(), services.prefetch(), services.clock()), reviewer, passMark, status,
                this::refreshWaiting);
    }

    /** The session under review and the way through the queue. */
    public ReviewSessionViewModel session() {
        return session;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public ObjectProperty<QueueSources.Source> sourceProperty() {
        return source;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public ObservableList<String> campaigns() {
        return campaigns;
    }

    public ObjectProperty<QueueSelection.Kind> takeProperty() {
        return take;
    }

    public StringProperty countProperty() {
        return count;
    }

    public IntegerProperty passMarkProperty() {
        return passMark;
    }

    public StringProperty queueTitleProperty() {
        return queueTitle;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the campaigns this computer knows, for the campaign source's list. */
    public void loadCampaigns() {
        services.tasks().job(context -> services.sources().campaigns()).onSuccess(names -> {
            campaigns.setAll(names);
            if ((campaign.get() == null || campaign.get().isEmpty()) && !names.isEmpty()) {
                campaign.set(names.get(0));
            }
        }).onFailure(failed -> status.set(failed.getMessage())).start();
        refreshWaiting();
    }

    /** A first-look queue from the chosen source and selection. */
    public void startQueue() {
        Optional<Integer> n = checkedCount();
        if (n.isEmpty() || !checkedReviewer()) {
            return;
        }
        QueueSources.Source from = source.get();
        String name = campaign.get();
        QueueSelection selection = switch (take.get()) {
            case ALL -> QueueSelection.all();
            case NEWEST -> QueueSelection.newest(n.get());
            case NEAR_PASS_MARK_SAMPLE -> QueueSelection.sampleNearPassMark(n.get());
        };
        String title = ReviewText.get("queue.title." + from.name(), name, services.sources().where(from))
                + " \u2014 " + ReviewText.get("take." + take.get().name(), n.get(), passMark.get());
        int mark = passMark.get();
        load(() -> {
            ReviewSources.Found found = services.sources().read(from, name);
            ReviewQueue made = ReviewQueue.firstLook(title, found.candidates(), selection, mark, title.hashCode());
            return new Loaded(made, services.desk().gather(made.sessions()), found.leftOutLine(), false);
        });
    }

    /** A blind second review: sessions others labelled and this reviewer has not, their labels not shown. */
    public void startBlindSecond() {
        Optional<Integer> n = checkedCount();
        if (n.isEmpty() || !checkedReviewer()) {
            return;
        }
        String who = reviewer.get();
        String title = ReviewText.get("queue.blind", n.get());
        loadWithReviews(true, (candidates, gathered) -> ReviewQueue.blindSecond(title, candidates,
                gathered.reviews(), who, n.get(), (title + who).hashCode()));
    }

    /** The sessions of the source whose reviewers disagree. */
    public void startDisagreements() {
        if (!checkedReviewer()) {
            return;
        }
        String title = ReviewText.get("queue.disagreements");
        loadWithReviews(false, (candidates, gathered) -> ReviewQueue.disagreements(title, candidates,
                gathered.reviews()));
    }

    /** How a queue is made from every session of the source and what the reviewers said of them. */
    @FunctionalInterface
    private interface FromReviews {
        ReviewQueue make(List<ReviewCandidate> candidates, ReviewDesk.Gathered gathered);
    }

    private void loadWithReviews(boolean blind, FromReviews making) {
        QueueSources.Source from = source.get();
        String name = campaign.get();
        load(() -> {
            ReviewSources.Found found = services.sources().read(from, name);
            ReviewDesk.Gathered gathered = services.desk().gather(found.candidates());
            return new Loaded(making.make(found.candidates(), gathered), gathered, found.leftOutLine(), blind);
        });
    }

    /**
     * @param leftOut how many of the source's sessions cannot be reviewed, and why; empty when none
     * @param blind   a blind second review
     */
    private record Loaded(ReviewQueue queue, ReviewDesk.Gathered gathered, String leftOut, boolean blind) {
    }

    @FunctionalInterface
    private interface Loading {
        Loaded load() throws Exception;
    }

    private void load(Loading loading) {
        busy.set(true);
        status.set(ReviewText.get("status.loading"));
        services.tasks().job(context -> loading.load()).onSuccess(loaded -> {
            busy.set(false);
            queueTitle.set(loaded.queue().title());
            List<String> notes = new ArrayList<>();
            if (loaded.queue().size() == 0) {
                notes.add(ReviewText.get("status.empty"));
            }
            if (!loaded.leftOut().isEmpty()) {
                notes.add(loaded.leftOut());
            }
            notes.addAll(loaded.gathered().unreachable());
            if (loaded.gathered().refused() > 0) {
                notes.add(ReviewText.get("status.refused", loaded.gathered().refused()));
            }
            status.set(String.join(" ", notes));
            session.begin(loaded.queue(), loaded.gathered().reviews(), loaded.blind());
        }).onFailure(failed -> {
            busy.set(false);
            status.set(ReviewText.get("status.failed", String.valueOf(failed.getMessage())));
        }).start();
    }

    /** Writes the reviews that wait on this computer. */
    public void sendWaiting() {
        services.tasks().job(context -> services.desk().sendWaiting()).onSuccess(sent -> {
            status.set(sent.lastFailure().map(why -> ReviewText.get("status.sendFailed", sent.written(), why))
                    .orElse(ReviewText.get("status.sent", sent.written())));
            refreshWaiting();
        }).onFailure(failed -> status.set(String.valueOf(failed.getMessage()))).start();
    }

    private void refreshWaiting() {
        services.tasks().job(context -> services.desk().waitingCount())
                .onSuccess(n -> waiting.set(n == 0 ? "" : ReviewText.get("waiting", n))).start();
    }

    private Optional<Integer> checkedCount() {
        if (take.get() == QueueSelection.Kind.ALL) {
            return Optional.of(QueueSelection.MAX_COUNT);
        }
        String typed = count.get() == null ? "" : count.get().strip();
        if (typed.matches("[0-9]{1,5}") && Integer.parseInt(typed) >= 1
                && Integer.parseInt(typed) <= QueueSelection.MAX_COUNT) {
            return Optional.of(Integer.parseInt(typed));
        }
        status.set(ReviewText.get("count.invalid", QueueSelection.MAX_COUNT));
        return Optional.empty();
    }

    private boolean checkedReviewer() {
        Optional<String> wrong = dev.livenessdesk.core.review.ReviewText.nameProblem(reviewer.get());
        wrong.ifPresent(status::set);
        return wrong.isEmpty();
    }

    public void dispose() {
        session.dispose();
    }
}
