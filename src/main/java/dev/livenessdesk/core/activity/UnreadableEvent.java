package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * A CloudTrail event the desk could not read (its record is not JSON, or lacks what every record has): counted and
 * shown with why, never dropped in silence.
 *
 * @param eventId the event's id when the lookup gave one
 * @param time    the event's time when the lookup gave one
 * @param why     what was wrong, in words
 * @param excerpt the start of the record as sent, for the person who reads it
 */
public record UnreadableEvent(String eventId, Optional<Instant> time, String why, String excerpt) {

    /** How much of a bad record is kept: enough to recognise it, never a whole runaway answer. */
    public static final int EXCERPT_LENGTH = 200;

    public UnreadableEvent {
        eventId = eventId == null ? "" : eventId;
        time = time == null ? Optional.empty() : time;
        why = why == null ? "" : why;
        excerpt = excerpt == null ? "" : excerpt.length() > EXCERPT_LENGTH ? excerpt.substring(0, EXCERPT_LENGTH)
                : excerpt;
    }
}
