package dev.livenessdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityFinderTest {

    private final Events trail = new Events();
    private final Clock evening = Clock.fixed(Events.at("18:00:00"), ZoneOffset.UTC);
    private final ActivityWindow day = new ActivityWindow(Events.at("00:00:00"), Events.at("18:00:00"));

    @Test
    void aPersonWhoFailedThreeTimesAbout1405FindsThreeFailedSessionsWithTheReasonInWords() {
        String first = Events.newId();
        String second = Events.newId();
        String third = Events.newId();
        trail.create(first, "14:03:10");
        trail.start(first, "14:03:40", "ValidationException", "The input fails to satisfy the constraints.");
        trail.create(second, "14:05:02");
        trail.start(second, "14:05:31", "ValidationException", "The input fails to satisfy the constraints.");
        trail.create(third, "14:07:45");
        trail.start(third, "14:08:20", "SessionNotFoundException", "Session not found");
        String passed = Events.newId();
        trail.create(passed, "09:00:00");
        trail.start(passed, "09:00:40", null, null);

        ActivityReport report = new ActivityFinder(trail, evening).find(
                ActivityWindow.between(Events.at("13:50:00"), Events.at("14:20:00"), evening, false).window().get(),
                new ActivityFilter("", "", Optional.of(ActivityOutcome.FAILED)), 100, partial -> { });

        assertThat(report.sessions()).extracting(s -> s.id().get()).containsExactly(third, second, first);
        ActivitySession newest = report.sessions().get(0);
        assertThat(newest.outcomeLine()).isEqualTo("Failed: The session id was unknown, used or expired");
        assertThat(newest.reason().get().line()).contains("a session id works once and for 3 minutes")
                .contains("SessionNotFoundException: Session not found");
        assertThat(report.sessions().get(1).reason().get().title())
                .isEqualTo("The request or the video could not be used");
        assertThat(newest.client().summary()).isEqualTo("Chrome 120 on Windows 10/11, aws-sdk-js 3.511.0");
        assertThat(newest.startIp()).isEqualTo("203.0.113.7");
        assertThat(newest.bucket()).contains("liveness-out");
        assertThat(newest.prefix()).contains("prod/");
        assertThat(newest.auditImages()).contains("2");
        assertThat(report.summary().failuresByReason()).extracting(ActivitySummary.Count::name, ActivitySummary.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The request or the video could not be used", 2),
                        org.assertj.core.groups.Tuple.tuple("The session id was unknown, used or expired", 1));
        assertThat(report.readWhole()).isTrue();
    }

    @Test
    void outcomesSayWhatHappenedToEachSession() {
        String completed = Events.newId();
        String never = Events.newId();
        String waiting = Events.newId();
        String unknownCode = Events.newId();
        trail.create(completed, "10:00:00");
        trail.start(completed, "10:00:30", null, null);
        trail.results(completed, "10:01:00");
        trail.create(never, "11:00:00");
        trail.create(waiting, "17:55:00");
        trail.create(unknownCode, "12:00:00");
        trail.start(unknownCode, "12:00:20", "BrandNewException", "Something new\u0007");

        List<ActivitySession> rows = new ActivityFinder(trail, evening).find(day, ActivityFilter.ALL, 100, r -> { })
                .sessions();

        assertThat(rows).extracting(ActivitySession::outcome).containsExactly(ActivityOutcome.NOT_STARTED_YET,
                ActivityOutcome.FAILED, ActivityOutcome.NEVER_STARTED, ActivityOutcome.COMPLETED);
        assertThat(rows.get(3).outcomeLine()).isEqualTo("Completed; results read by " + Events.BACKEND);
        assertThat(rows.get(2).reason().get().title()).isEqualTo("The check was never started");
        FailureReason unknown = rows.get(1).reason().get();
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.line()).isEqualTo("The service said BrandNewException: Something new\u0007; the desk does "
                + "not know this code, so it is shown as sent");
    }

    @Test
    void aRefusedCreateIsARowWithoutAnIdAndStartsThatNameNoSessionAreCounted() {
        trail.add(new TrailEvent("ev-refused", LivenessCall.CREATE, Events.at("08:00:00"), Optional.empty(),
                Events.BACKEND, "10.0.0.5", "aws-cli/2.15.0", Optional.of("AccessDeniedException"),
                Optional.of("not authorized"), Map.of(), Map.of(), "r", "{}"));
        trail.add(new TrailEvent("ev-nameless", LivenessCall.START, Events.at("08:01:00"), Optional.empty(),
                Events.FRONTEND, "203.0.113.9", "", Optional.of("ValidationException"), Optional.empty(), Map.of(),
                Map.of(), "r2", "{}"));

        ActivityReport report = new ActivityFinder(trail, evening).find(day, ActivityFilter.ALL, 100, r -> { });

        assertThat(report.sessions()).hasSize(1);
        assertThat(report.sessions().get(0).id()).isEmpty();
        assertThat(report.sessions().get(0).outcomeLine()).isEqualTo("Failed: The caller is not allowed this call");
        assertThat(report.withoutSession()).isEqualTo(1);
        assertThat(report.summary().created()).isZero();
        assertThat(report.summary().failed()).isEqualTo(1);
    }

    @Test
    void filtersMatchAPartOfTheCallerTheIpStartAndTheOutcome() {
        String a = Events.newId();
        trail.create(a, "10:00:00");
        trail.start(a, "10:00:30", null, null);
        String b = Events.newId();
        trail.create(b, "10:10:00");
        ActivityFinder finder = new ActivityFinder(trail, evening);

        assertThat(finder.find(day, new ActivityFilter("CHECKOUT-backend", "", Optional.empty()), 100, r -> { })
                .matching()).isEqualTo(2);
        assertThat(finder.find(day, new ActivityFilter("", "203.0.113.", Optional.empty()), 100, r -> { })
                .sessions()).extracting(s -> s.id().get()).containsExactly(a);
        assertThat(finder.find(day, new ActivityFilter("", "", Optional.of(ActivityOutcome.NEVER_STARTED)), 100,
                r -> { }).sessions()).extracting(s -> s.id().get()).containsExactly(b);
        assertThat(finder.find(day, new ActivityFilter("someone-else", "", Optional.empty()), 100, r -> { })
                .sessions()).isEmpty();
    }

    @Test
    void theLimitCutsTheRowsNotTheSummary() {
        for (int i = 0; i < 5; i++) {
            trail.create(Events.newId(), "10:0" + i + ":00");
        }
        ActivityReport report = new ActivityFinder(trail, evening).find(day, ActivityFilter.ALL, 2, r -> { });
        assertThat(report.sessions()).hasSize(2);
        assertThat(report.matching()).isEqualTo(5);
        assertThat(report.summary().neverStarted()).isEqualTo(5);
    }

    @Test
    void aReadThatStoppedKeepsWhatItReadAndSaysWhy() {
        String a = Events.newId();
        trail.create(a, "10:00:00");
        trail.end = ReadEnd.stopped(3, 0, ServiceError.of(ErrorKind.THROTTLED,
                "CloudTrail kept refusing pages as too many.", "Find again in a minute."));
        List<ActivityReport> partials = new ArrayList<>();

        ActivityReport report = new ActivityFinder(trail, evening).find(day, ActivityFilter.ALL, 10, partials::add);

        assertThat(report.readWhole()).isFalse();
        assertThat(report.sessions()).hasSize(1);
        assertThat(report.notes()).first().asString().startsWith("The window was not read whole: CloudTrail kept "
                + "refusing pages as too many. Find again in a minute. What was read is shown.");
        assertThat(partials).isNotEmpty();
        assertThat(partials.get(0).end()).isEmpty();
    }

    @Test
    void aTimelineKeepsOnlyItsSessionsEventsWholeAndInOrder() {
        String mine = Events.newId();
        String other = Events.newId();
        trail.results(mine, "10:02:00");
        trail.start(mine, "10:00:30", "ValidationException", "bad video");
        trail.create(mine, "10:00:00");
        trail.create(other, "10:00:10");

        SessionTimeline timeline = new ActivityFinder(trail, evening).timeline(mine, day, ReadProgress.NONE);

        assertThat(timeline.events()).extracting(TrailEvent::call).containsExactly(LivenessCall.CREATE,
                LivenessCall.START, LivenessCall.RESULTS);
        assertThat(timeline.events().get(0).rawRecord()).contains("CreateFaceLivenessSession");
        assertThat(timeline.otherSessions()).isEqualTo(1);
        assertThat(timeline.verdictLine()).startsWith("Failed: The request or the video could not be used:");
        assertThat(SessionTimeline.describe(timeline.events().get(1))).isEqualTo("Start by " + Events.FRONTEND
                + " from 203.0.113.7 (Chrome 120 on Windows 10/11, aws-sdk-js 3.511.0): The request or the video "
                + "could not be used: ask the person to try again with a new session, in good light, with the face "
                + "in the oval and a steady connection; if it keeps failing, check the client's version (the service "
                + "said ValidationException: bad video)");
    }

    @Test
    void aTimelineOfASessionNotInTheWindowSaysSo() {
        SessionTimeline timeline = new ActivityFinder(trail, evening).timeline("0c6f8d2e-8f73-4a0e-9b3f-4d1d1d1d1d1d",
                day, ReadProgress.NONE);
        assertThat(timeline.session()).isEmpty();
        assertThat(timeline.verdictLine()).contains("No event of session 0c6f8d2e-8f73-4a0e-9b3f-4d1d1d1d1d1d");
    }

    @Test
    void theSameEventHandedTwiceCountsOnce() {
        TrailEvent create = trail.create(Events.newId(), "10:00:00");
        trail.add(create);
        ActivityReport report = new ActivityFinder(trail, evening).find(day, ActivityFilter.ALL, 10, r -> { });
        assertThat(report.eventsRead()).isEqualTo(1);
    }
}
