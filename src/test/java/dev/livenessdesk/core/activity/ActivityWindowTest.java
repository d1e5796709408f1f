package dev.livenessdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityWindowTest {

    private final Instant now = Instant.parse("2026-12-06T18:00:00.750Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

    @Test
    void theLastSpanEndsNowInWholeSeconds() {
        ActivityWindow window = ActivityWindow.last("24h", clock).window().get();
        assertThat(window.to()).isEqualTo(Instant.parse("2026-12-06T18:00:00Z"));
        assertThat(window.from()).isEqualTo(Instant.parse("2026-12-05T18:00:00Z"));
        assertThat(ActivityWindow.last("15m", clock).window().get().length()).isEqualTo(Duration.ofMinutes(15));
        assertThat(ActivityWindow.last("7d", clock).window().get().length()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aSpanThatIsNotOneIsRefusedInWords() {
        assertThat(ActivityWindow.last("yesterday", clock).problem())
                .isEqualTo("'yesterday' is not a time span: write a whole number followed by m, h or d, such as "
                        + "15m, 24h or 7d.");
        assertThat(ActivityWindow.last("0h", clock).window()).isEmpty();
        assertThat(ActivityWindow.last("-1h", clock).window()).isEmpty();
    }

    @Test
    void aWindowInTheFutureBackwardsOrPastNinetyDaysIsRefused() {
        assertThat(ActivityWindow.between(now.plusSeconds(3600), now.plusSeconds(7200), clock, false).problem())
                .startsWith("The window starts at 2026-12-06T19:00:00Z, after now");
        assertThat(ActivityWindow.between(now.minusSeconds(60), now.minusSeconds(120), clock, false).problem())
                .contains("is not after its start");
        assertThat(ActivityWindow.last("91d", clock).problem()).contains("CloudTrail's event history keeps 90 days")
                .contains("Athena");
        assertThat(ActivityWindow.between(now.minus(Duration.ofDays(200)), now, clock, true).window()).isPresent();
    }

    @Test
    void anEndAheadIsReadUpToNowAndARecentEndIsNoted() {
        ActivityWindow window = ActivityWindow.between(now.minusSeconds(3600), now.plusSeconds(3600), clock, false)
                .window().get();
        assertThat(window.to()).isEqualTo(Instant.parse("2026-12-06T18:00:00Z"));
        assertThat(window.endsRecently(now)).isTrue();
        assertThat(new ActivityWindow(now.minusSeconds(7200), now.minusSeconds(3600)).endsRecently(now)).isFalse();
    }

    @Test
    void aWindowSplitsIntoKeptAndUnreadPiecesNewestFirst() {
        Instant t0 = Instant.parse("2026-12-06T00:00:00Z");
        TimeRange window = new TimeRange(t0, t0.plusSeconds(100));
        List<TimeRange.Piece> pieces = TimeRange.split(window, List.of(new TimeRange(t0.plusSeconds(20),
                t0.plusSeconds(40)), new TimeRange(t0.plusSeconds(35), t0.plusSeconds(60)),
                new TimeRange(t0.minusSeconds(50), t0.plusSeconds(5))));
        assertThat(pieces).containsExactly(
                new TimeRange.Piece(new TimeRange(t0.plusSeconds(60), t0.plusSeconds(100)), false),
                new TimeRange.Piece(new TimeRange(t0.plusSeconds(20), t0.plusSeconds(60)), true),
                new TimeRange.Piece(new TimeRange(t0.plusSeconds(5), t0.plusSeconds(20)), false),
                new TimeRange.Piece(new TimeRange(t0, t0.plusSeconds(5)), true));
        assertThat(TimeRange.split(window, List.of())).containsExactly(new TimeRange.Piece(window, false));
        assertThat(TimeRange.split(window, List.of(new TimeRange(t0.minusSeconds(1), t0.plusSeconds(200)))))
                .containsExactly(new TimeRange.Piece(window, true));
    }
}
