package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One session as the events of a window tell it: a row of the Activity tab and of {@code liveness-desk activity}.
 *
 * @param id            the session id; empty for a create that was refused (no session was made)
 * @param key           what tells rows apart: the id, or the refused create's event id
 * @param createdAt     the create's time; empty when the create lies before the window
 * @param caller        who created it (else who started it)
 * @param createdByDesk the create came from this desk
 * @param bucket        the settings' S3 bucket, as recorded
 * @param prefix        the settings' key prefix, as recorded
 * @param auditImages   the audit images limit, as recorded
 * @param challenge     the challenge asked for, as recorded
 * @param startedAt     the check's start, when one was seen
 * @param startIp       where the start came from
 * @param client        the start's user agent (else the create's), read
 * @param outcome       what happened
 * @param reason        why it failed, or why it never started
 * @param completion    the start's {@code completionMessage}, as sent
 * @param resultReads   every read of its results, in time order
 * @param lastEvent     the newest event's time
 * @param events        how many events tell it
 */
public record ActivitySession(Optional<String> id, String key, Optional<Instant> createdAt, String caller,
                              boolean createdByDesk, Optional<String> bucket, Optional<String> prefix,
                              Optional<String> auditImages, Optional<String> challenge, Optional<Instant> startedAt,
                              String startIp, ClientAgent client, ActivityOutcome outcome,
                              Optional<FailureReason> reason, Optional<String> completion,
                              List<ResultRead> resultReads, Instant lastEvent, int events) {

    public ActivitySession {
        resultReads = List.copyOf(resultReads);
    }

    /** When it began, for ordering newest first: its create, else its first event seen. */
    public Instant sortTime() {
        return createdAt.or(() -> startedAt).orElse(lastEvent);
    }

    /** "Completed, results read by arn:...": what the outcome column says. */
    public String outcomeLine() {
        String base = reason.filter(r -> outcome == ActivityOutcome.FAILED)
                .map(r -> ActivityWords.get("outcome.failedBecause", r.title())).orElseGet(outcome::label);
        if (resultReads.isEmpty()) {
            return base;
        }
        return ActivityWords.get("outcome.withReads", base, resultReads.get(resultReads.size() - 1).caller());
    }
}
