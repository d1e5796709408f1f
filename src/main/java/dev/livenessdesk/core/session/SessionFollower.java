package dev.livenessdesk.core.session;

import dev.livenessdesk.core.failure.ErrorKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, answer by answer, how one session's results are followed: ask again after a wait that grows
 * (2 s, then 1.5 times longer up to 15 s), wait longer after a transient failure, stop at a final status or at a
 * failure that needs the user. It runs no calls and no timers itself, so the desktop's poller (and any other)
 * drives it on its own thread, and it is tested without either.
 */
public final class SessionFollower {

    /** Why following goes on or stops, for the words beside the status. */
    public enum Reason {
        /** An answer with a status that may still change: ask again. */
        NEXT_CHECK,
        /** Rekognition throttled the call: ask again after a longer wait. */
        THROTTLED,
        /** No answer, or the service failed on its side: ask again after a longer wait. */
        RETRYING,
        /** The status is final: nothing more to ask. */
        FINAL,
        /** A failure that waiting does not mend (no such session, no access, ...): the user decides. */
        GAVE_UP
    }

    /** What to do next: ask again after {@link #waitBefore()}, or stop (no wait). */
    public record Next(Reason reason, Optional<Duration> waitBefore) {

        public Next {
            Objects.requireNonNull(reason, "reason");
            waitBefore = waitBefore == null ? Optional.empty() : waitBefore;
        }

        public boolean asksAgain() {
            return waitBefore.isPresent();
        }
    }

    private final PollBackoff backoff = new PollBackoff();

    /** Starts over with the shortest wait: a new session, or the user pressed Check now. */
    public void restart() {
        backoff.reset();
    }

    public Next afterAnswer(SessionResults answer) {
        if (answer.status().isFinal()) {
            return new Next(Reason.FINAL, Optional.empty());
        }
        return new Next(Reason.NEXT_CHECK, Optional.of(backoff.afterAnswer()));
    }

    public Next afterFailure(ErrorKind kind) {
        if (kind == ErrorKind.THROTTLED) {
            return new Next(Reason.THROTTLED, Optional.of(backoff.afterThrottle()));
        }
        if (kind.isTransient()) {
            return new Next(Reason.RETRYING, Optional.of(backoff.afterThrottle()));
        }
        return new Next(Reason.GAVE_UP, Optional.empty());
    }
}
