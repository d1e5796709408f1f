package dev.livenessdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.sandbox.SandboxImageStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteReviewStore;
import dev.livenessdesk.store.SqliteViewingLog;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Review tab's state without a screen: the score hidden until a label is given, keys' labels and flags, and a
 * blind second review that shows neither the first labels nor, until it is done, the agreement (which would tell
 * whether each label matched).
 */
class ReviewViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final RecordPlace PLACE = new RecordPlace("team-bucket", "prod/");

    private LocalDatabase database;
    private SqliteReviewStore store;
    private ReviewViewModel model;
    private final List<ReviewCandidate> sessions = new ArrayList<>();

    @BeforeEach
    void build() {
        database = LocalDatabase.forSandbox();
        store = new SqliteReviewStore(database);
        for (int i = 1; i <= 4; i++) {
            sessions.add(new ReviewCandidate(id(i), PLACE, NOW.minusSeconds(600L * i), Optional.of(70f + i),
                    List.of(), Optional.empty(), "us-east-1", Optional.empty()));
        }
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SandboxImageStore images = new SandboxImageStore(clock);
        ReviewPrefetch prefetch = new ReviewPrefetch(tasks, () -> images, Optional::empty, ReviewPaneView.SHOWN_SIZE);
        QueueSources sources = new FixedQueueSources(sessions);
        model = new ReviewViewModel(new ReviewViewModel.Services(tasks, new ReviewDesk(store, b -> Optional.empty()),
                new SqliteViewingLog(database), sources, prefetch, clock), "ben");
        model.passMarkProperty().set(72);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theScoreStaysHiddenUntilTheLabelIsGiven() throws Exception {
        model.startQueue();
        ReviewSessionViewModel session = model.session();
        assertThat(session.positionProperty().get()).isEqualTo("Session 1 of 4");
        assertThat(session.scoreProperty().get()).isEqualTo("Score hidden until you give a label.");
        session.toggleFlag(QualityFlag.TOO_DARK);
        assertThat(session.scoreProperty().get()).as("a flag is not a label").isEqualTo(
                "Score hidden until you give a label.");
        session.next();
        assertThat(model.statusProperty().get()).startsWith("Give a label first");
        assertThat(session.positionProperty().get()).isEqualTo("Session 1 of 4");
        session.giveLabel(ReviewLabel.fromKey('4').orElseThrow());
        assertThat(session.scoreProperty().get()).isEqualTo("Score 71.0: rejected at pass mark 72");
        session.next();
        assertThat(session.scoreProperty().get()).isEqualTo("Score hidden until you give a label.");
        assertThat(store.all()).singleElement().satisfies(kept -> {
            assertThat(kept.label()).isEqualTo(ReviewLabel.MASK);
            assertThat(kept.flags()).containsExactly(QualityFlag.TOO_DARK);
        });
    }

    @Test
    void aBlindSecondReviewShowsNoFirstLabelAndNoAgreementUntilItIsDone() throws Exception {
        ReviewLabel[] first = {ReviewLabel.LIVE, ReviewLabel.MASK, ReviewLabel.LIVE, ReviewLabel.LIVE};
        for (int i = 0; i < 4; i++) {
            store.keep(List.of(new Review(id(i + 1), first[i], Set.of(), Optional.empty(), "ana",
                    NOW.minusSeconds(60), ReviewRound.FIRST)), PLACE, false);
        }
        model.countProperty().set("4");
        model.startBlindSecond();
        ReviewSessionViewModel session = model.session();
        assertThat(session.positionProperty().get()).isEqualTo("Session 1 of 4");
        for (int i = 0; i < 4; i++) {
            assertThat(session.labelProperty().get()).as("ana's label is not shown").isNull();
            assertThat(session.scoreProperty().get()).isEqualTo("Score hidden until you give a label.");
            assertThat(session.agreementProperty().get()).as("no agreement while blind, after %d labels", i)
                    .startsWith("The agreement is shown once you have done this blind review");
            session.giveLabel(ReviewLabel.LIVE);
            session.next();
        }
        assertThat(model.statusProperty().get()).isEqualTo("The queue is done: 4 sessions.");
        assertThat(session.agreementProperty().get()).startsWith("ana and ben: kappa").contains("over 4 sessions",
                "3 agree");
        assertThat(store.all()).filteredOn(r -> r.reviewer().equals("ben"))
                .allMatch(r -> r.round() == ReviewRound.SECOND).hasSize(4);
    }

    private static String id(int n) {
        return String.format("%08x-0000-4000-8000-%012x", n, n);
    }
}
