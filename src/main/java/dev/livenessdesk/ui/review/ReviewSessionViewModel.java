package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewLedger;
import dev.livenessdesk.core.review.ReviewQueue;
import dev.livenessdesk.core.review.ReviewerAgreement;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The session under review and the way through a queue: the label, flags and note being given, the score hidden
 * until the label is given, Enter and Backspace, every showing noted in the viewing log, every review kept on this
 * computer first and then written to its session's record. The next sessions' pictures come from
 * {@link ReviewPrefetch}.
 */
public final class ReviewSessionViewModel {

    /** What the session part stands on. */
    record Parts(TaskRunner tasks, ReviewDesk desk, ViewingLog viewings, ReviewPrefetch prefetch, Clock clock) {
    }

    private final Parts parts;
    private final ObservableStringValue reviewer;
    private final IntegerProperty passMark;
    private final StringProperty status;
    private final Runnable reviewKept;
    private final ObjectProperty<ReviewCandidate> current = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewImages> images = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewLabel> label = new SimpleObjectProperty<>();
    private final ObservableSet<QualityFlag> flags = FXCollections.observableSet(EnumSet.noneOf(QualityFlag.class));
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty agreement = new SimpleStringProperty("");

    private ReviewQueue queue;
    private boolean blind;
    private final List<Review> reviews = new ArrayList<>();
    private ReviewLedger ledger = ReviewLedger.of(List.of());
    private int index = -1;

    /**
     * @param status     the tab's status line, where this part says what went wrong or what is done
     * @param reviewKept runs after a review was kept (the tab counts what waits to be written)
     */
    ReviewSessionViewModel(Parts parts, ObservableStringValue reviewer, IntegerProperty passMark, StringProperty status,
                           Runnable reviewKept) {
        this.parts = parts;
        this.reviewer = reviewer;
        this.passMark = passMark;
        this.status = status;
        this.reviewKept = reviewKept;
        label.addListener((obs, old, now) -> updateScore());
        passMark.addListener((obs, old, now) -> updateScore());
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

    public StringProperty positionProperty() {
        return position;
    }

    /** "12 of 50 reviewed (ana 12)": how far the queue is, and by whom. */
    public StringProperty progressProperty() {
        return progress;
    }

    /** Each pair of reviewers' agreement over the sessions whose reviews were read, one line each. */
    public StringProperty agreementProperty() {
        return agreement;
    }

    /**
     * A new queue with the reviews known of its sessions: shows the first session this reviewer has not reviewed.
     *
     * @param blindReview a blind second review: the agreement stays hidden until this reviewer has done the queue
     */
    void begin(ReviewQueue made, ReviewLedger known, boolean blindReview) {
        queue = made;
        blind = blindReview;
        reviews.clear();
        reviews.addAll(known.all());
        ledger = known;
        parts.prefetch().clear();
        show(queue.size() == 0 ? -1 : firstNotReviewedByMe());
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
        Review mine = ledger.latestByReviewer(session.sessionId()).get(reviewerKey());
        if (mine != null) {
            flags.addAll(mine.flags());
            note.set(mine.note().orElse(""));
            label.set(mine.label());
        }
        updateScore();
        updateProgress();
        images.set(null);
        parts.prefetch().show(queue.sessions(), at, shown -> {
            if (current.get() == session) {
                images.set(shown);
                noteViewed(session);
            }
        });
    }

    private String reviewerKey() {
        return dev.livenessdesk.core.review.ReviewText.reviewerKey(reviewer.get());
    }

    private void noteViewed(ReviewCandidate session) {
        ViewingLog.Viewing viewing = new ViewingLog.Viewing(reviewer.get(), session.sessionId(),
                parts.clock().instant());
        parts.tasks().job(context -> {
            parts.viewings().noteViewed(viewing);
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
        Optional<String> noteWrong = dev.livenessdesk.core.review.ReviewText.noteProblem(note.get());
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
        parts.tasks().job(context -> parts.desk().record(review, session.place())).onSuccess(kept -> {
            kept.whyWaiting().ifPresent(why -> status.set(ReviewText.get("status.waiting", why)));
            reviewKept.run();
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
    private Instant reviewedAt(ReviewCandidate session) {
        Instant now = parts.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Review mine = ledger.latestByReviewer(session.sessionId()).get(reviewerKey());
        return mine != null && !now.isAfter(mine.at()) ? mine.at().plusSeconds(1) : now;
    }

    /** Backspace: the session before. */
    public void back() {
        if (queue != null && index > 0) {
            show(index - 1);
        }
    }

    private void updateProgress() {
        progress.set(queue == null ? "" : queue.progress(ledger).text());
        if (queue == null) {
            agreement.set("");
            return;
        }
        if (blind && queue.sessions().stream().anyMatch(s -> !ledger.isReviewedBy(s.sessionId(), reviewer.get()))) {
            // The agreement moves with each label: shown during a blind review it would tell whether the label
            // just given matched the first one.
            agreement.set(ReviewText.get("agreement.afterBlind"));
            return;
        }
        // Over every session of the source whose reviews were read, not only the queue's: a disagreements queue
        // holds only the disputed sessions, and a kappa over those alone says nothing of the reviewers.
        agreement.set(ReviewerAgreement.perPair(ledger).stream().map(ReviewerAgreement::text)
                .collect(Collectors.joining("; ")));
    }

    private void updateScore() {
        ReviewCandidate session = current.get();
        if (session == null) {
            score.set("");
        } else if (label.get() == null) {
            score.set(ReviewText.get("score.hidden"));
        } else {
            score.set(session.confidence().map(c -> ReviewText.get(c >= passMark.get() ? "score.accepted"
                    : "score.rejected", String.format(Locale.ROOT, "%.1f", c), passMark.get()))
                    .orElse(ReviewText.get("score.none")));
        }
    }

    /** Lets go of every picture (a closed tab). */
    void dispose() {
        parts.prefetch().clear();
    }
}
