package dev.livenessdesk.core.activity;

import java.util.List;
import java.util.Optional;

/**
 * One session's story: every CloudTrail event of it in time order (kept whole, for AWS Support), and the session as
 * a row says it (outcome, reason). What S3 holds and the results are added by the screen or command that shows it,
 * through their own ports.
 *
 * @param session       empty when no event of the session was found in the window
 * @param events        the session's events, oldest first, each with its raw record
 * @param eventsRead    every event read to find them
 * @param otherSessions events of other sessions passed over
 * @param withoutSession events that named no session
 * @param unreadable    events whose record could not be read (the first few)
 */
public record SessionTimeline(String sessionId, ActivityWindow window, Optional<ActivitySession> session,
                              List<TrailEvent> events, long eventsRead, long otherSessions, long withoutSession,
                              List<UnreadableEvent> unreadable, ReadEnd end, boolean endsRecently, String source) {

    public SessionTimeline {
        events = List.copyOf(events);
        unreadable = List.copyOf(unreadable);
    }

    /** The words of one event's line: "Start from 203.0.113.7 (Chrome 120 on Windows 10/11): failed, ...". */
    public static String describe(TrailEvent event) {
        String who = event.caller().isEmpty() ? ActivityWords.get("timeline.unknownCaller") : event.caller();
        String from = event.sourceIp().isEmpty() ? "" : ActivityWords.get("timeline.from", event.sourceIp(),
                ClientAgent.read(event.userAgent()).summary());
        String what = event.errorCode().map(code -> FailureReason.of(code, event.errorMessage()).line())
                .orElseGet(() -> event.responseValue("completionMessage")
                        .map(text -> ActivityWords.get("timeline.completion", text))
                        .orElseGet(() -> ActivityWords.get("timeline.ok")));
        return ActivityWords.get("timeline.line", event.call().label(), who, from, what);
    }

    /** What a person reads under the events: the outcome and, for a failure, why and what to do. */
    public String verdictLine() {
        return session.map(s -> s.reason().map(FailureReason::line).map(line -> s.outcome().label() + ": " + line)
                        .orElseGet(() -> s.outcome().label()))
                .orElseGet(() -> ActivityWords.get("timeline.notFound", sessionId));
    }
}
