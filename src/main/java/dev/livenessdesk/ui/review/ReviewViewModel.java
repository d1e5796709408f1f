package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.QueueSelection;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.ReviewQueue;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.ReviewSources;
import dev.livenessdesk.core.review.ReviewerAgreement;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import javafx.collections.ObservableSet;

/**
 * The Review tab's state: the reviewer, the queue and where they are in it, the label, flags and note being given,
 * and the score, hidden until the label is given. Every review is kept on this computer first, then written to its
 * session's record; the next sessions' pictures are fetched ahead ({@link ReviewPrefetch}).
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
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ReviewCandidate> current = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewImages> images = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewLabel> label = new SimpleObjectProperty<>();
    private final ObservableSet<QualityFlag> flags = FXCollections.observableSet(EnumSet.noneOf(QualityFlag.class));
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty agreement = new SimpleStringProperty("");

    private ReviewQueue queue;
    private final List<Review> reviews = new ArrayList<>();
    private ReviewLedger ledger = ReviewLedger.of(List.of());
    private int index = -1;

    public ReviewViewModel(Services services, String reviewerName) {
        this.services = services;
        reviewer.set(reviewerName == null ? "" : reviewerName);
        label.addListener((obs, old, now) -> updateScore());
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

    public StringProperty progressProperty() {
        return progress;
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

    public ObjectProperty<ReviewCandidate> currentProperty() {
        return current;
    }

    public ObjectProperty<ReviewImages> imagesProperty() {
        return images;
    }

    public ObjectProperty<ReviewLabel> labelProperty() {
        return label;
    }

    public ObservableSet<QualityFlag> flags() {
        return flags;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    /** Each pair of reviewers' agreement over the queue's sessions, one line each. */
    public StringProperty agreementProperty() {
        return agreement;
    }

    public StringProperty positionProperty() {
        return position;
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
            return new Loaded(made, services.desk().gather(made.sessions()), found.leftOutLine());
        });
    }

    /** A blind second review: sessions others labelled and this reviewer has not, their labels not shown. */
    public void startBlindSecond() {
        Optional<Integer> n = checkedCount();
        if (n.isEmpty() || !checkedReviewer()) {
            return;
        }
        QueueSources.Source from = source.get();
        String name = campaign.get();
        String who = reviewer.get();
        String title = ReviewText.get("queue.blind", n.get());
        load(() -> {
            ReviewSources.Found found = services.sources().read(from, name);
            List<ReviewCandidate> candidates = found.candidates();
            ReviewDesk.Gathered gathered = services.desk().gather(candidates);
            return new Loaded(ReviewQueue.blindSecond(title, candidates, gathered.reviews(), who, n.get(),
                    (title + who).hashCode()), gathered, found.leftOutLine());
        });
    }

    /** The sessions of the source whose reviewers disagree. */
    public void startDisagreements() {
        if (!checkedReviewer()) {
            return;
        }
        QueueSources.Source from = source.get();
        String name = campaign.get();
        String title = ReviewText.get("queue.disagreements");
        load(() -> {
            ReviewSources.Found found = services.sources().read(from, name);
            List<ReviewCandidate> candidates = found.candidates();
            ReviewDesk.Gathered gathered = services.desk().gather(candidates);
            return new Loaded(ReviewQueue.disagreements(title, candidates, gathered.reviews()), gathered,
                    found.leftOutLine());
        });
    }

    /** @param leftOut how many of the source's sessions cannot be reviewed, and why; empty when none */
    private record Loaded(ReviewQueue queue, ReviewDesk.Gathered gathered, String leftOut) {
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
            queue = loaded.queue();
            reviews.clear();
            reviews.addAll(loaded.gathered().reviews().all());
            ledger = loaded.gathered().reviews();
            queueTitle.set(queue.title());
            List<String> notes = new ArrayList<>();
            if (!loaded.leftOut().isEmpty()) {
                notes.add(loaded.leftOut());
            }
            notes.addAll(loaded.gathered().unreachable());
            if (loaded.gathered().refused() > 0) {
                notes.add(ReviewText.get("status.refused", loaded.gathered().refused()));
            }
            if (queue.size() == 0) {
                notes.add(0, ReviewText.get("status.empty"));
            }
            status.set(String.join(" ", notes));
            services.prefetch().clear();
            show(queue.size() == 0 ? -1 : firstNotReviewedByMe());
        }).onFailure(failed -> {
            busy.set(false);
            status.set(ReviewText.get("status.failed", String.valueOf(failed.getMessage())));
        }).start();
    }

    private int firstNotReviewedByMe() {
        for (int i = 0; i < queue.size(); i++) {
            if (!ledger.isReviewedBy(queue.sessions().get(i).sessionId(), reviewer.get())) {
                return i;
            }
        }
        return 0;
    }

    private void show(int at) {
        index = at;
        label.set(null);
        flags.clear();
        note.set("");
        if (queue == null || at < 0 || at >= queue.size()) {
            current.set(null);
            images.set(null);
            position.set("");
            updateProgress();
            return;
        }
        ReviewCandidate session = queue.sessions().get(at);
        current.set(session);
        position.set(ReviewText.get("position", at + 1, queue.size()));
        // A first look shows this reviewer's own earlier label of the session; a blind second one shows nothing.
        ledger.latestByReviewer(session.sessionId()).values().stream()
                .filter(r -> r.reviewerKey().equals(dev.livenessdesk.core.review.ReviewText.reviewerKey(reviewer.get())))
                .findFirst().ifPresent(mine -> {
                    flags.addAll(mine.flags());
                    note.set(mine.note().orElse(""));
                    label.set(mine.label());
                });
        updateScore();
        updateProgress();
        images.set(null);
        services.prefetch().show(queue.sessions(), at, shown -> {
            if (current.get() == session) {
                images.set(shown);
                noteViewed(session);
            }
        });
    }

    private void noteViewed(ReviewCandidate session) {
        String who = reviewer.get();
        ViewingLog.Viewing viewing = new ViewingLog.Viewing(who, session.sessionId(), services.clock().instant());
        services.tasks().job(context -> {
            services.viewings().noteViewed(viewing);
            return null;
        }).onFailure(failed -> status.set(ReviewText.get("status.logFailed", String.valueOf(failed.getMessage()))))
                .start();
    }

    /** A digit key: the label, which also shows the score. */
    public void giveLabel(ReviewLabel given) {
        if (current.get() != null) {
            label.set(given);
        }
    }

    /** A letter key: a quality flag on or off. */
    public void toggleFlag(QualityFlag flag) {
        if (current.get() == null) {
            return;
        }
        if (!flags.remove(flag)) {
            flags.add(flag);
        }
    }

    /** Why the note cannot be kept; empty when it can. */
    public Optional<String> noteProblem(String text) {
        return dev.livenessdesk.core.review.ReviewText.noteProblem(text);
    }

    /** Enter: keeps the review of this session and shows the next. */
    public void next() {
        ReviewCandidate session = current.get();
        if (session == null) {
            return;
        }
        if (label.get() == null) {
            status.set(ReviewText.get("status.labelFirst"));
            return;
        }
        Optional<String> noteWrong = noteProblem(note.get());
        if (noteWrong.isPresent()) {
            status.set(noteWrong.get());
            return;
        }
        Review review;
        try {
            review = new Review(session.sessionId(), label.get(), Set.copyOf(flags), Optional.of(note.get()),
                    reviewer.get(), reviewedAt(session), queue.round());
        } catch (IllegalArgumentException refused) {
            status.set(refused.getMessage());
            return;
        }
        reviews.add(review);
        ledger = ReviewLedger.of(reviews);
        status.set("");
        services.tasks().job(context -> services.desk().record(review, session.place())).onSuccess(kept -> {
            kept.whyWaiting().ifPresent(why -> status.set(ReviewText.get("status.waiting", why)));
            refreshWaiting();
        }).onFailure(failed -> status.set(ReviewText.get("status.notKept", String.valueOf(failed.getMessage()))))
                .start();
        if (index + 1 >= queue.size()) {
            updateProgress();
            status.set(ReviewText.get("status.done", queue.size()));
            updateScore();
            return;
        }
        show(index + 1);
    }

    /**
     * Now, or a second after this reviewer's previous review of the session: reviews are kept to the second, and a
     * changed mind within the same second must still be a later review, not the same one.
     */
    private java.time.Instant reviewedAt(ReviewCandidate session) {
        java.time.Instant now = services.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Review mine = ledger.latestByReviewer(session.sessionId())
                .get(dev.livenessdesk.core.review.ReviewText.reviewerKey(reviewer.get()));
        return mine != null && !now.isAfter(mine.at()) ? mine.at().plusSeconds(1) : now;
    }

    /** Backspace: the session before. */
    public void back() {
        if (queue != null && index > 0) {
            show(index - 1);
        }
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

    private void updateProgress() {
        progress.set(queue == null ? "" : queue.progress(ledger).text());
        if (queue == null) {
            agreement.set("");
            return;
        }
        List<Review> ofQueue = queue.sessions().stream().flatMap(s -> ledger.of(s.sessionId()).stream()).toList();
        agreement.set(ReviewerAgreement.perPair(ReviewLedger.of(ofQueue)).stream().map(ReviewerAgreement::text)
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    private void updateScore() {
        ReviewCandidate session = current.get();
        if (session == null) {
            score.set("");
        } else if (label.get() == null) {
            score.set(ReviewText.get("score.hidden"));
        } else {
            score.set(session.confidence().map(c -> ReviewText.get(c >= passMark.get() ? "score.accepted"
                    : "score.rejected", String.format(java.util.Locale.ROOT, "%.1f", c), passMark.get()))
                    .orElse(ReviewText.get("score.none")));
        }
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
        services.prefetch().clear();
    }
}
