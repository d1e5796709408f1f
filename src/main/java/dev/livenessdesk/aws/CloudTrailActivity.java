package dev.livenessdesk.aws;

import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.CachedEvent;
import dev.livenessdesk.core.activity.LivenessCall;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.TimeRange;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEventSink;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * The Face Liveness events of one region's trail from CloudTrail's LookupEvents, one call name at a time (one lookup
 * attribute per call is all the API takes), newest first, 50 to a page. Keeps what it reads in the
 * {@link TrailEventCache}, and reads only the parts of a window it has not read whole before: a part is marked
 * read only up to 15 minutes before the read, since CloudTrail delivers events minutes late.
 *
 * <p>Paces itself at CloudTrail's limit (2 requests a second per account and region); a page refused as too many
 * is waited for, not failed, for up to {@link #THROTTLED_PATIENCE}; a hung or failing service is tried again a
 * few times within each call's bound. However the read ends, what was read stays read ({@link ReadEnd}).
 */
public final class CloudTrailActivity implements TrailEvents {

    public static final String LOOKUP_ACTION = "cloudtrail:LookupEvents";
    /** LookupEvents answers at most 50 events a page. */
    static final int PAGE_SIZE = 50;
    /**
     * CloudTrail allows 2 requests a second per account and region; pages start 525 ms apart (1.9 a second), so
     * the wire's jitter seldom makes two of them land inside the same half second, and a day of 600 pages takes
     * 5 % longer than the limit allows, not 10 % (bench/activity). A page refused all the same is waited for.
     */
    static final Duration PAGE_INTERVAL = Duration.ofMillis(525);
    /** How long a read keeps waiting while every page is refused as too many, before it stops with what it has. */
    static final Duration THROTTLED_PATIENCE = Duration.ofMinutes(2);
    static final Duration FIRST_THROTTLED_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_THROTTLED_WAIT = Duration.ofSeconds(8);
    /** Attempts again after a hung or failing page (each within the call's own bound) before stopping. */
    static final int TRANSIENT_RETRIES = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CloudTrailActivity.class);

    private final CloudTrailLookups lookups;
    private final ConnectionSettings connection;
    private final TrailEventCache cache;
    private final Clock clock;
    private final Sleeper sleeper;
    private final String scope;
    private Instant lastCall = Instant.MIN;

    public CloudTrailActivity(AwsClients clients, ConnectionSettings connection, TrailEventCache cache, Clock clock) {
        this(clients, connection, cache, clock, Sleeper.REAL);
    }

    CloudTrailActivity(AwsClients clients, ConnectionSettings connection, TrailEventCache cache, Clock clock,
                       Sleeper sleeper) {
        this.lookups = new CloudTrailLookups(clients, connection);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.scope = connection.profile().orElse("") + "|" + connection.region() + "|"
                + connection.cloudTrailEndpoint().map(Object::toString).orElse("");
    }

    @Override
    public String source() {
        return AwsErrorWords.get("trail.source", connection.region());
    }

    @Override
    public synchronized ReadEnd read(ActivityWindow window, TrailEventSink sink, ReadProgress progress) {
        Reading reading = new Reading(sink, progress, clock.instant());
        TimeRange range = new TimeRange(window.from(), window.to());
        for (LivenessCall call : LivenessCall.values()) {
            for (TimeRange.Piece piece : TimeRange.split(range, covered(call))) {
                Optional<ServiceError> stop = piece.kept() ? replay(call, piece.range(), reading)
                        : lookUp(call, piece.range(), reading);
                if (stop.isPresent()) {
                    return ReadEnd.stopped(reading.pages, reading.fromCache, stop.get());
                }
            }
        }
        return ReadEnd.complete(reading.pages, reading.fromCache);
    }

    private List<TimeRange> covered(LivenessCall call) {
        try {
            return cache.covered(scope, call.eventName());
        } catch (IOException unreadable) {
            LOG.warn("The kept CloudTrail events cannot be read; reading everything from CloudTrail", unreadable);
            return List.of();
        }
    }

    private Optional<ServiceError> replay(LivenessCall call, TimeRange range, Reading reading) {
        try {
            cache.replay(scope, call.eventName(), range, kept -> {
                reading.fromCache++;
                reading.hand(kept.rawRecord(), kept.eventId(), Optional.of(kept.time()));
            });
            reading.tell(false);
            return Thread.currentThread().isInterrupted() ? Optional.of(AwsErrorTranslator.cancelled())
                    : Optional.empty();
        } catch (IOException unreadable) {
            LOG.warn("The kept CloudTrail events cannot be read; reading this part from CloudTrail", unreadable);
            return lookUp(call, range, reading);
        }
    }

    /** Every page of one call's events in the range; the range is marked read when the last page came. */
    private Optional<ServiceError> lookUp(LivenessCall call, TimeRange range, Reading reading) {
        Optional<String> token = Optional.empty();
        Duration throttledFor = Duration.ZERO;
        Duration nextWait = FIRST_THROTTLED_WAIT;
        int failures = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                return Optional.of(AwsErrorTranslator.cancelled());
            }
            LookupEventsResponse page;
            try {
                awaitTurn();
                page = lookups.page(call.eventName(), range, token, PAGE_SIZE);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return Optional.of(AwsErrorTranslator.cancelled());
            } catch (ServiceException failed) {
                ServiceError error = failed.error();
                try {
                    if (error.kind() == ErrorKind.THROTTLED && throttledFor.compareTo(THROTTLED_PATIENCE) < 0) {
                        reading.tell(true);
                        sleeper.sleep(nextWait);
                        throttledFor = throttledFor.plus(nextWait);
                        nextWait = nextWait.multipliedBy(2).compareTo(LONGEST_THROTTLED_WAIT) > 0
                                ? LONGEST_THROTTLED_WAIT : nextWait.multipliedBy(2);
                        continue;
                    }
                    if ((error.kind() == ErrorKind.NETWORK || error.kind() == ErrorKind.SERVICE_ERROR)
                            && failures < TRANSIENT_RETRIES) {
                        failures++;
                        sleeper.sleep(FIRST_THROTTLED_WAIT);
                        continue;
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return Optional.of(AwsErrorTranslator.cancelled());
                }
                return Optional.of(error.kind() == ErrorKind.THROTTLED ? throttledTooLong(error, throttledFor) : error);
            }
            reading.pages++;
            throttledFor = Duration.ZERO;
            nextWait = FIRST_THROTTLED_WAIT;
            failures = 0;
            keep(reading.handPage(page.events(), range));
            reading.tell(false);
            Optional<String> next = Optional.ofNullable(page.nextToken()).filter(t -> !t.isEmpty());
            if (next.isPresent() && next.equals(token)) {
                return Optional.of(ServiceError.of(ErrorKind.SERVICE_ERROR,
                        AwsErrorWords.get("trail.token.repeated", AwsErrorTranslator.endpointOf(LOOKUP_ACTION,
                                connection)), AwsErrorWords.get("trail.token.repeated.next")));
            }
            if (next.isEmpty()) {
                markRead(call, range, reading.startedAt);
                return Optional.empty();
            }
            token = next;
        }
    }

    /** Waits until a page may be asked without passing CloudTrail's 2 a second. */
    private void awaitTurn() throws InterruptedException {
        Instant now = clock.instant();
        Instant allowed = lastCall.equals(Instant.MIN) ? now : lastCall.plus(PAGE_INTERVAL);
        if (allowed.isAfter(now)) {
            sleeper.sleep(Duration.between(now, allowed));
        }
        lastCall = clock.instant();
    }

    private void keep(List<CachedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            cache.keep(scope, events);
        } catch (IOException notKept) {
            LOG.warn("CloudTrail events could not be kept on this computer; they will be read again next time",
                    notKept);
        }
    }

    private void markRead(LivenessCall call, TimeRange range, Instant readAt) {
        Instant settled = readAt.minus(ActivityWindow.TRAIL_DELAY);
        Instant end = range.to().isBefore(settled) ? range.to() : settled;
        if (end.isAfter(range.from())) {
            try {
                cache.markCovered(scope, call.eventName(), new TimeRange(range.from(), end));
            } catch (IOException notKept) {
                LOG.warn("Could not note which CloudTrail events were kept", notKept);
            }
        }
    }

    private ServiceError throttledTooLong(ServiceError error, Duration waited) {
        return new ServiceError(ErrorKind.THROTTLED, AwsErrorWords.get("trail.throttled.message",
                waited.toSeconds()), AwsErrorWords.get("trail.throttled.next"), error.awsCode(), error.requestId(),
                error.httpStatus(), error.detail());
    }

    /** One read's counts, and its hand-over of events to the sink. */
    private final class Reading {
        final TrailEventSink sink;
        final ReadProgress progress;
        final Instant startedAt;
        final java.util.ArrayDeque<Instant> recentPages = new java.util.ArrayDeque<>();
        int pages;
        long fromCache;
        long events;

        Reading(TrailEventSink sink, ReadProgress progress, Instant startedAt) {
            this.sink = sink;
            this.progress = progress;
            this.startedAt = startedAt;
        }

        void hand(String record, String eventId, Optional<Instant> time) {
            events++;
            CloudTrailRecords.Reading read = CloudTrailRecords.read(record, eventId, time);
            read.event().ifPresent(sink::accept);
            read.unreadable().ifPresent(sink::unreadable);
        }

        /** Hands a page's events to the sink; what to keep of them (those inside the range, with an id). */
        List<CachedEvent> handPage(List<Event> page, TimeRange range) {
            recentPages.addLast(clock.instant());
            while (recentPages.size() > 10) {
                recentPages.removeFirst();
            }
            List<CachedEvent> kept = new ArrayList<>(page.size());
            for (Event event : page) {
                Optional<Instant> time = Optional.ofNullable(event.eventTime());
                String id = event.eventId() == null ? "" : event.eventId();
                CloudTrailRecords.Reading read = CloudTrailRecords.read(event.cloudTrailEvent(), id, time);
                events++;
                read.unreadable().ifPresent(sink::unreadable);
                if (read.event().isPresent()) {
                    var trailEvent = read.event().get();
                    if (trailEvent.time().isBefore(range.from()) || trailEvent.time().isAfter(range.to())) {
                        // Outside what was asked: the answer is not trusted with it, and it is not kept.
                        continue;
                    }
                    sink.accept(trailEvent);
                    kept.add(new CachedEvent(trailEvent.eventId(), trailEvent.call().eventName(), trailEvent.time(),
                            trailEvent.sessionId(), trailEvent.rawRecord()));
                }
            }
            return kept;
        }

        void tell(boolean waiting) {
            double pace = 0;
            if (recentPages.size() >= 2) {
                double seconds = Duration.between(recentPages.getFirst(), recentPages.getLast()).toMillis() / 1000.0;
                pace = seconds <= 0 ? 0 : (recentPages.size() - 1) / seconds;
            }
            progress.update(events, pages, pace, waiting);
        }
    }
}
