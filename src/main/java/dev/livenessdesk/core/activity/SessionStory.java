package dev.livenessdesk.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One session's events stitched together while they are read, in any order (CloudTrail gives the newest first,
 * and each call's events in a pass of their own). Keeps the parsed facts, never the raw records.
 */
final class SessionStory {

    /** A session id is single-use and must be started within this time of its create. */
    static final Duration SESSION_LIFETIME = Duration.ofMinutes(3);

    private final String key;
    private TrailEvent create;
    private final List<TrailEvent> starts = new ArrayList<>(1);
    private final List<ResultRead> reads = new ArrayList<>(1);
    private Instant lastEvent = Instant.MIN;
    private int events;

    SessionStory(String key) {
        this.key = key;
    }

    void add(TrailEvent event) {
        events++;
        if (event.time().isAfter(lastEvent)) {
            lastEvent = event.time();
        }
        switch (event.call()) {
            case CREATE -> {
                if (create == null || event.time().isBefore(create.time())) {
                    create = event;
                }
            }
            case START -> starts.add(event);
            case RESULTS -> reads.add(new ResultRead(event.time(), event.caller(),
                    event.responseValue("status"), event.responseValue("confidence"), event.errorCode()));
        }
    }

    /** The session as told so far; {@code readAt} decides whether a session without a start may still get one. */
    ActivitySession snapshot(Instant readAt) {
        starts.sort(Comparator.comparing(TrailEvent::time));
        reads.sort(Comparator.comparing(ResultRead::time));
        Optional<TrailEvent> start = tellingStart();
        Optional<TrailEvent> created = Optional.ofNullable(create);
        ActivityOutcome outcome;
        Optional<FailureReason> reason = Optional.empty();
        if (created.filter(TrailEvent::failed).isPresent()) {
            outcome = ActivityOutcome.FAILED;
            reason = Optional.of(FailureReason.of(create.errorCode().get(), create.errorMessage()));
        } else if (start.isPresent() && start.get().failed()) {
            outcome = ActivityOutcome.FAILED;
            reason = Optional.of(FailureReason.of(start.get().errorCode().get(), start.get().errorMessage()));
        } else if (start.isPresent()) {
            outcome = ActivityOutcome.COMPLETED;
        } else if (created.isPresent() && create.time().plus(SESSION_LIFETIME).plus(ActivityWindow.TRAIL_DELAY).isAfter(readAt)) {
            outcome = ActivityOutcome.NOT_STARTED_YET;
        } else if (created.isPresent()) {
            outcome = ActivityOutcome.NEVER_STARTED;
            reason = Optional.of(FailureReason.neverStarted());
        } else {
            // Only a results read, of a session created before the window: the events do not say more.
            outcome = ActivityOutcome.STARTED;
        }
        TrailEvent any = created.or(() -> start).orElse(null);
        Optional<String> id = created.flatMap(TrailEvent::sessionId).or(() -> start.flatMap(TrailEvent::sessionId))
                .or(() -> key.startsWith(REFUSED_PREFIX) ? Optional.empty() : Optional.of(key));
        String caller = any != null ? any.caller() : reads.isEmpty() ? "" : reads.get(0).caller();
        ClientAgent client = ClientAgent.read(start.or(() -> created).map(TrailEvent::userAgent).orElse(""));
        return new ActivitySession(id, key, created.map(TrailEvent::time), caller,
                created.map(TrailEvent::byThisDesk).orElse(false),
                setting(created, "settings.outputConfig.s3Bucket"), setting(created, "settings.outputConfig.s3KeyPrefix"),
                setting(created, "settings.auditImagesLimit"), challengeOf(created),
                start.map(TrailEvent::time), start.map(TrailEvent::sourceIp).orElse(""), client, outcome, reason,
                start.flatMap(s -> s.responseValue("completionMessage")), reads, lastEvent, events);
    }

    /** A refused create made no session: its row is keyed by the event. */
    static final String REFUSED_PREFIX = "refused:";

    /** The start that tells the outcome: a later attempt on the same id (refused as used) says less than the first. */
    private Optional<TrailEvent> tellingStart() {
        for (TrailEvent start : starts) {
            if (!start.failed()) {
                return Optional.of(start);
            }
        }
        return starts.isEmpty() ? Optional.empty() : Optional.of(starts.get(starts.size() - 1));
    }

    private static Optional<String> setting(Optional<TrailEvent> create, String path) {
        return create.flatMap(event -> event.requestValue(path));
    }

    private static Optional<String> challengeOf(Optional<TrailEvent> create) {
        return create.flatMap(event -> event.requestValue("settings.challengePreferences[0].type")
                .or(() -> event.requestValue("challengePreferences[0].type")));
    }
}
