package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.SessionTimeline;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxTrailTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final Instant now = ZonedDateTime.of(LocalDate.of(2026, 12, 6), LocalTime.of(17, 30), ZONE).toInstant();
    private final Clock clock = Clock.fixed(now, ZONE);
    private final SandboxTrail trail = new SandboxTrail(clock, Duration.ZERO);

    private ActivityReport day() {
        return new ActivityFinder(trail, clock).find(ActivityWindow.last("24h", clock).window().get(),
                ActivityFilter.ALL, 10_000, partial -> { });
    }

    @Test
    void aBusyDayHasAFewHundredSessionsMostlyPassedSomeFailedSomeNeverStarted() {
        ActivityReport report = day();
        assertThat(report.readWhole()).isTrue();
        assertThat(report.matching()).isBetween(300, 500);
        assertThat(report.summary().completed()).isGreaterThan(report.matching() / 2);
        assertThat(report.summary().failed()).isBetween(30, 120);
        assertThat(report.summary().neverStarted()).isGreaterThan(40);
        assertThat(report.summary().failuresByReason()).extracting(c -> c.name()).contains(
                "The request or the video could not be used", "The session id was unknown, used or expired",
                "The service failed on its side", "The caller is not allowed this call");
        assertThat(report.pages()).isGreaterThan(10);
    }

    @Test
    void twoClientsMisbehaveAKioskThatNeverStartsAndAnOldWebViewThatAlwaysFails() {
        List<ActivitySession> kiosk = day().sessions().stream().filter(s -> s.caller().contains("kiosk-lobby")).toList();
        assertThat(kiosk).hasSizeGreaterThan(40).allMatch(s -> s.outcome() == ActivityOutcome.NEVER_STARTED);
        ActivityReport report = day();
        var webView = report.summary().byClient().stream().filter(c -> c.client().startsWith("Chrome / Android 9"))
                .findFirst().orElseThrow();
        assertThat(webView.failed()).isEqualTo(webView.sessions());
    }

    @Test
    void theCustomersAddressFindsOnlyTheirThreeFailuresAtEveryHourOfTheDay() {
        // The busy day is drawn anew each hour; no other customer may draw the 14:05 customer's address, or the
        // support person's "last 24 hours, this IP, failed" finds a fourth session at some hours of the day.
        for (int hour = 0; hour < 24; hour++) {
            Instant at = ZonedDateTime.of(LocalDate.of(2026, 12, 6), LocalTime.of(hour, 17), ZONE).toInstant();
            Clock hourClock = Clock.fixed(at, ZONE);
            ActivityReport report = new ActivityFinder(new SandboxTrail(hourClock, Duration.ZERO), hourClock).find(
                    ActivityWindow.last("24h", hourClock).window().get(),
                    new ActivityFilter("", "198.51.100.23", Optional.of(ActivityOutcome.FAILED)), 100, partial -> { });
            assertThat(report.sessions()).as("at %02d:17", hour).hasSize(3);
        }
    }

    @Test
    void aboutFourteenOFiveOneCustomerFailedThreeTimes() {
        Instant around = ZonedDateTime.of(LocalDate.of(2026, 12, 6), LocalTime.of(13, 55), ZONE).toInstant();
        ActivityReport report = new ActivityFinder(trail, clock).find(new ActivityWindow(around,
                around.plus(Duration.ofMinutes(20))), new ActivityFilter("", "198.51.100.23",
                Optional.of(ActivityOutcome.FAILED)), 100, partial -> { });
        assertThat(report.sessions()).hasSize(3);
        assertThat(report.sessions()).extracting(s -> s.reason().get().title()).containsExactly(
                "The session id was unknown, used or expired", "The request or the video could not be used",
                "The request or the video could not be used");
        SessionTimeline timeline = new ActivityFinder(trail, clock).timeline(report.sessions().get(0).id().get(),
                new ActivityWindow(around, now), ReadProgress.NONE);
        assertThat(timeline.events()).hasSize(2);
    }

    @Test
    void everyRecordIsJsonThatSaysWhatTheEventSays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<TrailEvent> events = new BusyDay(now, ZONE).events();
        for (TrailEvent event : events) {
            JsonNode record = json.readTree(event.rawRecord());
            assertThat(record.path("eventID").asText()).isEqualTo(event.eventId());
            assertThat(record.path("eventName").asText()).isEqualTo(event.call().eventName());
            assertThat(record.path("userAgent").asText()).isEqualTo(event.userAgent());
            assertThat(record.path("errorCode").asText(null)).isEqualTo(event.errorCode().orElse(null));
        }
    }

    @Test
    void theBackendHandsTheDayWhateverTheConnection() {
        SandboxBackend backend = new SandboxBackend(clock);
        assertThat(backend.trailEvents(ConnectionSettings.of(null, "eu-west-1"), TrailEventCache.NONE)).isPresent();
    }
}
