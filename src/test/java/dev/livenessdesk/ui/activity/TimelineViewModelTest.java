package dev.livenessdesk.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timeline and the copy for AWS Support, on the sandbox's busy day, without a toolkit. */
class TimelineViewModelTest {

    private final SandboxBackend backend = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "eu-west-1");
    private final TrailEvents trail = backend.trailEvents(connection, TrailEventCache.NONE).orElseThrow();
    private final List<String> clipboard = new ArrayList<>();
    private final TimelineViewModel timeline = new TimelineViewModel(new SynchronousTaskRunner(),
            new TimelineViewModel.Sources(() -> Optional.of(trail), () -> backend.imageStore(connection),
                    () -> backend.livenessSessions(connection), () -> "eu-west-1",
                    () -> Optional.of(Duration.ofMillis(-1250))), clipboard::add,
            Clock.systemUTC());

    @Test
    void aFailedSessionsStoryIsToldInWordsAndCopiedForAwsSupportWithoutAnImage() {
        ActivitySession failed = new ActivityFinder(trail, Clock.systemUTC()).find(
                ActivityWindow.last("24h", Clock.systemUTC()).window().orElseThrow(),
                new ActivityFilter("", "198.51.100.23", Optional.of(ActivityOutcome.FAILED)), 10, r -> { })
                .sessions().get(0);

        timeline.open(" " + failed.id().orElseThrow().toUpperCase() + " ");

        assertThat(timeline.sessionIdProperty().get()).isEqualTo(failed.id().get());
        assertThat(timeline.events()).hasSize(2);
        assertThat(timeline.verdictProperty().get()).startsWith("Failed: ");
        assertThat(timeline.s3()).first().asString().startsWith("Nothing under s3://liveness-out/prod/");
        assertThat(timeline.resultsProperty().get()).startsWith("No results from the service:");
        timeline.copyForSupport();
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).contains("Session id: " + failed.id().get(), "Region: eu-west-1",
                "Account: 123456789012", "\"eventName\":\"CreateFaceLivenessSession\"", "No image is included.",
                "Clock of this computer against AWS: 1.25 s behind")
                .doesNotContain("base64");
        assertThat(timeline.statusProperty().get()).isEqualTo("The text for AWS Support is on the clipboard.");
    }

    @Test
    void aPastedTextThatIsNoIdIsRefusedWithItsControlCharactersShown() {
        timeline.open("abc\u0007def");
        assertThat(timeline.errorProperty().get().message()).contains("\\u0007");
        assertThat(timeline.events()).isEmpty();
        timeline.copyForSupport();
        assertThat(clipboard).isEmpty();
    }

    @Test
    void aSessionWithImagesInABucketCanBeErasedInTheBucketAndFolderItsRecordNamed() {
        ActivitySession failed = new ActivityFinder(trail, Clock.systemUTC()).find(
                ActivityWindow.last("24h", Clock.systemUTC()).window().orElseThrow(),
                new ActivityFilter("", "198.51.100.23", Optional.of(ActivityOutcome.FAILED)), 10, r -> { })
                .sessions().get(0);
        List<String> asked = new ArrayList<>();
        timeline.open(failed.id().orElseThrow());
        assertThat(timeline.canEraseProperty().get()).as("nobody to hand it to").isFalse();

        timeline.setOnErase((bucket, prefix, id) -> asked.add(bucket + " " + prefix + " " + id));
        timeline.open(failed.id().orElseThrow());
        assertThat(timeline.canEraseProperty().get()).isTrue();
        timeline.eraseShown();

        assertThat(asked).containsExactly("liveness-out prod/ " + failed.id().get());
        timeline.close();
        assertThat(timeline.canEraseProperty().get()).isFalse();
        timeline.eraseShown();
        assertThat(asked).hasSize(1);
    }
}
