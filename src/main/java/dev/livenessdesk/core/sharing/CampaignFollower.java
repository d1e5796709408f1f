package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.DaemonThreads;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Asks the service once about every session of a campaign that is not final yet, and keeps what it says: in this
 * computer's store for the sessions it holds, and in the shared record (only once the result is final, so a record
 * changes at most once more). The asking is bounded as a whole ({@link Limits}): a few requests at once, no more
 * after the endpoint failed several times in a row, nothing after the deadline; what was not asked is counted and
 * said. A session the service does not know is remembered as such and never asked about again.
 */
public final class CampaignFollower {

    /**
     * How far the asking goes.
     *
     * @param parallel       requests in flight at once
     * @param failuresInARow endpoint failures (no answer, an answer that cannot be trusted, throttling) in a row
     *                       after which nothing more is asked: the endpoint is down, and each try costs a call's
     *                       whole time limit
     * @param deadline       the longest the asking may take, whatever the number of sessions
     */
    public record Limits(int parallel, int failuresInARow, Duration deadline) {

        /** What the command line uses: {@value #DEFAULT_DEADLINE_SECONDS} s, 4 at once, 3 failures in a row. */
        public static final Limits DEFAULT = new Limits(4, 3, Duration.ofSeconds(Limits.DEFAULT_DEADLINE_SECONDS));

        public static final int DEFAULT_DEADLINE_SECONDS = 60;

        public Limits {
            if (parallel < 1 || failuresInARow < 1 || deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Why the asking stopped before every session was asked about. */
    public enum Stop { NONE, ENDPOINT_FAILING, DEADLINE }

    /**
     * What following did: the campaign as it now stands, and the counts a report states.
     *
     * @param notAsked         sessions not asked about because the asking stopped early ({@code stop} says why)
     * @param notKnown         sessions the service answered it does not know, remembered as such
     */
    public record Followed(SharedCampaign campaign, int asked, int changed, int writtenBack, List<String> failures,
                           int notAsked, int notKnown, Stop stop) {

        public Followed {
            failures = List.copyOf(failures);
        }
    }

    private final Function<String, LivenessSessions> serviceForRegion;
    private final CampaignStore local;
    private final Optional<SharedRecordsAt> shared;
    private final Limits limits;

    /**
     * The port to write the records back, and where each was found (its folder may sit deeper than the prefix
     * read: the record is rewritten there, never beside it).
     */
    public record SharedRecordsAt(SessionRecords records, Map<String, RecordPlace> places) {

        public SharedRecordsAt {
            places = Map.copyOf(places);
        }
    }

    public CampaignFollower(Function<String, LivenessSessions> serviceForRegion, CampaignStore local,
                            Optional<SharedRecordsAt> shared) {
        this(serviceForRegion, local, shared, Limits.DEFAULT);
    }

    public CampaignFollower(Function<String, LivenessSessions> serviceForRegion, CampaignStore local,
                            Optional<SharedRecordsAt> shared, Limits limits) {
        this.serviceForRegion = serviceForRegion;
        this.local = local;
        this.shared = shared;
        this.limits = limits;
    }

    /** One question and its answer (results, or the failure). */
    private record Answer(CampaignSession session, SessionResults results, ServiceException failure) {
    }

    public Followed follow(SharedCampaign campaign, List<CampaignSession> localSessions) throws IOException {
        List<CampaignSession> toAsk = campaign.notFinal();
        long deadline = System.nanoTime() + limits.deadline().toNanos();
        ExecutorService askers = Executors.newFixedThreadPool(Math.max(1, Math.min(limits.parallel(),
                toAsk.size())), DaemonThreads.named("campaign-follower"));
        CompletionService<Answer> answers = new ExecutorCompletionService<>(askers);
        Tally tally = new Tally(campaign, localSessions, deadline);
        int next = 0;
        int inFlight = 0;
        int failedInARow = 0;
        Stop stop = Stop.NONE;
        try {
            while (next < toAsk.size() || inFlight > 0) {
                // After an endpoint failure no new question goes out until one answers (or none is left in flight
                // to tell): a hung endpoint then costs one round of questions, not a refill for every failure.
                while (stop == Stop.NONE && inFlight < limits.parallel() && next < toAsk.size()
                        && (failedInARow == 0 || inFlight == 0)) {
                    CampaignSession session = toAsk.get(next++);
                    answers.submit(() -> ask(session));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                long left = deadline - System.nanoTime();
                Future<Answer> done = left > 0 ? answers.poll(left, TimeUnit.NANOSECONDS) : null;
                if (done == null) {
                    stop = Stop.DEADLINE;
                    break;
                }
                inFlight--;
                Answer answer = done.get();
                if (answer.failure() != null && isEndpointFailure(answer.failure().error())) {
                    failedInARow++;
                } else {
                    failedInARow = 0;
                }
                tally.take(answer);
                if (failedInARow >= limits.failuresInARow() && stop == Stop.NONE) {
                    stop = Stop.ENDPOINT_FAILING;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        } finally {
            // Questions still out are abandoned, not waited for: their answers would come after the report.
            askers.shutdownNow();
        }
        int notAsked = toAsk.size() - tally.asked;
        return new Followed(campaign.withLater(tally.later), tally.asked, tally.later.size(), tally.writtenBack,
                tally.failures, notAsked, tally.notKnown, notAsked == 0 ? Stop.NONE : stop);
    }

    private Answer ask(CampaignSession session) {
        try {
            return new Answer(session, serviceForRegion.apply(session.region()).results(session.sessionId()), null);
        } catch (ServiceException failed) {
            return new Answer(session, null, failed);
        }
    }

    /** The endpoint itself is failing: no answer, an answer that cannot be trusted, or throttling. */
    private static boolean isEndpointFailure(ServiceError error) {
        return error.kind().isTransient();
    }

    /** What the answers add up to, kept on the calling thread only (the stores are written from there). */
    private final class Tally {

        private final SharedCampaign campaign;
        private final List<CampaignSession> localSessions;
        private final List<CampaignSession> later = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private int asked;
        private int writtenBack;
        private int notKnown;
        private final long deadline;

        Tally(SharedCampaign campaign, List<CampaignSession> localSessions, long deadline) {
            this.campaign = campaign;
            this.localSessions = localSessions;
            this.deadline = deadline;
        }

        void take(Answer answer) throws IOException {
            asked++;
            CampaignSession session = answer.session();
            CampaignSession updated;
            if (answer.failure() == null) {
                SessionResults results = answer.results();
                updated = session.withResult(results.rawStatus(), results.confidence(), results.feedbackCodes());
            } else if (answer.failure().error().kind() == ErrorKind.SESSION_NOT_FOUND) {
                notKnown++;
                updated = session.notKnownToService();
            } else {
                failures.add(session.sessionId() + ": " + answer.failure().error().message());
                return;
            }
            if (updated.equals(session)) {
                return;
            }
            later.add(updated);
            if (localSessions.stream().anyMatch(s -> s.sessionId().equals(session.sessionId()))) {
                local.save(updated);
            }
            SessionRecord record = campaign.records().get(session.sessionId());
            RecordPlace place = shared.map(s -> s.places().get(session.sessionId())).orElse(null);
            // After the deadline a record is left as it was: the next report (on any desk) asks again.
            if (record != null && place != null && updated.isFinal() && System.nanoTime() - deadline < 0) {
                try {
                    shared.get().records().write(place.bucket(), place.prefix(), record.with(updated));
                    writtenBack++;
                } catch (ServiceException failed) {
                    failures.add(session.sessionId() + ": " + failed.error().message());
                }
            }
        }
    }
}
