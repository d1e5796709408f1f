package dev.livenessdesk.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.SessionFollower.Next;
import dev.livenessdesk.core.session.SessionFollower.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** How a followed session is polled, answer by answer, without threads or timers. */
class SessionFollowerTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private final SessionFollower follower = new SessionFollower();

    private static SessionResults answer(String status) {
        return new SessionResults(ID, SessionStatus.fromWire(status), status, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void answersThatMayStillChangeAreAskedAgainAfterAGrowingWaitUpTo15Seconds() {
        List<Duration> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Next next = follower.afterAnswer(answer("IN_PROGRESS"));
            assertThat(next.reason()).isEqualTo(Reason.NEXT_CHECK);
            assertThat(next.asksAgain()).isTrue();
            waits.add(next.waitBefore().orElseThrow());
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500),
                Duration.ofMillis(6750), Duration.ofMillis(10125), Duration.ofSeconds(15), Duration.ofSeconds(15),
                Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"SUCCEEDED", "FAILED", "EXPIRED"})
    void aFinalStatusEndsFollowing(SessionStatus status) {
        Next next = follower.afterAnswer(answer(status.name()));

        assertThat(next).isEqualTo(new Next(Reason.FINAL, Optional.empty()));
        assertThat(next.asksAgain()).isFalse();
    }

    @Test
    void anUnknownStatusIsFollowedFurther() {
        assertThat(follower.afterAnswer(answer("UNDER_REVIEW")).reason()).isEqualTo(Reason.NEXT_CHECK);
    }

    @Test
    void throttlingWaitsAtLeastFiveSecondsAndDoublesUpToAMinute() {
        follower.afterAnswer(answer("CREATED"));

        List<Duration> waits = java.util.stream.Stream.generate(() -> follower.afterFailure(ErrorKind.THROTTLED))
                .limit(6).peek(next -> assertThat(next.reason()).isEqualTo(Reason.THROTTLED))
                .map(next -> next.waitBefore().orElseThrow()).toList();

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(40), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @EnumSource(value = ErrorKind.class, names = {"NETWORK", "SERVICE_ERROR"})
    void aMissingAnswerOrAServiceFailureIsRetriedAfterALongerWait(ErrorKind kind) {
        Next next = follower.afterFailure(kind);

        assertThat(next).isEqualTo(new Next(Reason.RETRYING, Optional.of(Duration.ofSeconds(5))));
    }

    @ParameterizedTest
    @EnumSource(value = ErrorKind.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"THROTTLED", "NETWORK", "SERVICE_ERROR"})
    void aFailureThatNeedsTheUserStopsFollowing(ErrorKind kind) {
        assertThat(follower.afterFailure(kind)).isEqualTo(new Next(Reason.GAVE_UP, Optional.empty()));
    }

    @Test
    void restartingGoesBackToTheShortestWait() {
        follower.afterAnswer(answer("CREATED"));
        follower.afterFailure(ErrorKind.THROTTLED);

        follower.restart();

        assertThat(follower.afterAnswer(answer("CREATED")).waitBefore()).hasValue(Duration.ofSeconds(2));
    }
}
