package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.history.SessionHistoryStore;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs a plan: batch by batch, each batch checked by the guard right before it is sent, marked in the journal
 * before it goes and settled after S3 answered; S3's SlowDown waited out. Then the local rows of the sessions that
 * are fully gone (history, campaign, reviews and viewing log), and the receipt. A run stopped (Cancel, a crash, a closed window) resumes from its journal.
 */
public final class Eraser {

    /** Waits between throttled attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * How a run ended.
     *
     * @param stopped           true when the user stopped it: the journal keeps it for a resume
     * @param bucketCopyKey     where the receipt was written in the bucket, when it was
     * @param bucketCopyProblem why the receipt could not be written in the bucket, when asked and it failed
     */
    public record Outcome(ErasureReceipt receipt, boolean stopped, Optional<String> bucketCopyKey,
                         Optional<String> bucketCopyProblem) {
    }

    static final int THROTTLE_ROUNDS = 8;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final ErasureTarget target;
    private final ErasureJournal journal;
    private final SessionHistoryStore history;
    private final CampaignStore campaigns;
    private final ReviewRows reviews;
    private final Pause pause;
    private final Clock clock;
    private final String deskVersion;

    public Eraser(ErasureTarget target, ErasureJournal journal, SessionHistoryStore history, CampaignStore campaigns,
                  ReviewRows reviews, Pause pause, Clock clock, String deskVersion) {
        this.target = target;
        this.journal = journal;
        this.history = history;
        this.campaigns = campaigns;
        this.reviews = reviews;
        this.pause = pause;
        this.clock = clock;
        this.deskVersion = deskVersion;
    }

    /** Journals the plan, then deletes it. */
    public Outcome run(ErasurePlan plan, boolean receiptInBucket, ErasureProgress progress, BooleanSupplier stop)
            throws ServiceException, IOException {
        String runId = journal.begin(plan, clock.instant());
        return carryOn(runId, receiptInBucket, progress, stop);
    }

    /**
     * Finishes a run the journal holds. Versions whose batch was sent without an answer kept are looked up in the
     * bucket first: those gone count as deleted, only those still there are sent again.
     */
    public Outcome resume(String runId, boolean receiptInBucket, ErasureProgress progress, BooleanSupplier stop)
            throws ServiceException, IOException {
        JournalRun run = journal.run(runId).orElseThrow(
                () -> new IllegalArgumentException(ErasureWords.get("resume.noSuchRun", runId)));
        if (!run.inFlight().isEmpty()) {
            settleInFlight(run);
        }
        return carryOn(runId, receiptInBucket, progress, stop);
    }

    private void settleInFlight(JournalRun run) throws ServiceException, IOException {
        Set<String> sessions = new LinkedHashSet<>();
        for (ObjectVersion version : run.inFlight()) {
            SessionFolderGuard.sessionOf(run.prefix(), version.key()).ifPresent(sessions::add);
        }
        Set<String> stillThere = new HashSet<>();
        for (String session : sessions) {
            for (String folder : SessionFolderGuard.foldersOf(run.prefix(), session)) {
                for (ObjectVersion listed : target.versionsUnder(run.bucket(), folder)) {
                    stillThere.add(listed.identity());
                }
            }
        }
        List<ObjectVersion> again = new ArrayList<>();
        List<ObjectVersion> gone = new ArrayList<>();
        for (ObjectVersion version : run.inFlight()) {
            (stillThere.contains(version.identity()) ? again : gone).add(version);
        }
        journal.requeue(run.runId(), again);
        journal.settle(run.runId(), gone, List.of());
    }

    private Outcome carryOn(String runId, boolean receiptInBucket, ErasureProgress progress, BooleanSupplier stop)
            throws ServiceException, IOException {
        JournalRun run = journal.run(runId).orElseThrow();
        SessionFolderGuard guard = new SessionFolderGuard(run.prefix(), run.sessionIds());
        long total = run.total();
        long settled = run.settled();
        progress.update(settled, total, "");
        List<ObjectVersion> toDo = run.toDo();
        for (int from = 0; from < toDo.size(); from += ErasureTarget.BATCH_LIMIT) {
            if (stop.getAsBoolean()) {
                return stopped(runId);
            }
            List<ObjectVersion> batch = toDo.subList(from, Math.min(toDo.size(), from + ErasureTarget.BATCH_LIMIT));
            List<ObjectVersion> allowed = new ArrayList<>(batch.size());
            List<NotDeleted> refused = new ArrayList<>();
            for (ObjectVersion version : batch) {
                Optional<String> refusal = guard.refusal(version.key());
                if (refusal.isPresent()) {
                    refused.add(new NotDeleted(version, NotDeleted.Reason.OUTSIDE_FOLDERS, refusal.get(),
                            Optional.empty()));
                } else {
                    allowed.add(version);
                }
            }
            if (!refused.isEmpty()) {
                journal.settle(runId, List.of(), refused);
            }
            if (!allowed.isEmpty()) {
                journal.sending(runId, allowed);
                Optional<DeleteAnswer> answer = deleteWaitingOutSlowDown(run.bucket(), allowed, progress, settled,
                        total, stop);
                if (answer.isEmpty()) {
                    return stopped(runId);
                }
                journal.settle(runId, answer.get().deleted(), answer.get().kept());
            }
            settled += batch.size();
            progress.update(settled, total, "");
        }
        return finish(runId, receiptInBucket);
    }

    /** One batch, sent again after a wait while S3 asks to slow down; empty when the user stopped during a wait. */
    private Optional<DeleteAnswer> deleteWaitingOutSlowDown(String bucket, List<ObjectVersion> batch,
                                                            ErasureProgress progress, long settled, long total,
                                                            BooleanSupplier stop) throws ServiceException {
        List<ObjectVersion> pending = batch;
        List<ObjectVersion> deleted = new ArrayList<>();
        List<NotDeleted> kept = new ArrayList<>();
        Duration wait = FIRST_WAIT;
        for (int round = 1; ; round++) {
            List<NotDeleted> throttled = new ArrayList<>();
            try {
                DeleteAnswer answer = target.delete(bucket, pending);
                deleted.addAll(answer.deleted());
                for (NotDeleted still : answer.kept()) {
                    (still.reason() == NotDeleted.Reason.THROTTLED ? throttled : kept).add(still);
                }
            } catch (ServiceException failed) {
                if (!failed.error().kind().isTransient() || round >= THROTTLE_ROUNDS) {
                    throw failed;
                }
                for (ObjectVersion version : pending) {
                    throttled.add(new NotDeleted(version, NotDeleted.Reason.THROTTLED, failed.error().message(),
                            Optional.empty()));
                }
            }
            if (throttled.isEmpty()) {
                return Optional.of(new DeleteAnswer(deleted, kept));
            }
            if (round >= THROTTLE_ROUNDS) {
                kept.addAll(throttled);
                return Optional.of(new DeleteAnswer(deleted, kept));
            }
            if (stop.getAsBoolean()) {
                return Optional.empty();
            }
            progress.update(settled, total, ErasureWords.get("progress.slowDown", wait.toSeconds()));
            try {
                pause.pause(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pending = throttled.stream().map(NotDeleted::version).toList();
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    /** The receipt of a stopped run: what went so far, and the rest as not attempted. The journal keeps the run. */
    private Outcome stopped(String runId) throws IOException {
        JournalRun run = journal.run(runId).orElseThrow();
        List<NotDeleted> remaining = new ArrayList<>(run.kept());
        for (ObjectVersion version : concat(run.inFlight(), run.toDo())) {
            remaining.add(new NotDeleted(version, NotDeleted.Reason.NOT_ATTEMPTED,
                    ErasureWords.get("remaining.notAttempted"), Optional.empty()));
        }
        ErasureReceipt receipt = receipt(run, remaining, List.of(), List.of(), List.copyOf(run.sessionIds()),
                List.of(), false);
        return new Outcome(receipt, true, Optional.empty(), Optional.empty());
    }

    private Outcome finish(String runId, boolean receiptInBucket) throws IOException {
        JournalRun run = journal.run(runId).orElseThrow();
        Set<String> withObjectsLeft = new LinkedHashSet<>();
        for (NotDeleted still : run.kept()) {
            SessionFolderGuard.sessionOf(run.prefix(), still.version().key()).ifPresent(withObjectsLeft::add);
        }
        List<String> historyGone = run.historyRows().stream().filter(id -> !withObjectsLeft.contains(id))
                .sorted().toList();
        List<String> campaignGone = run.campaignRows().stream().filter(id -> !withObjectsLeft.contains(id))
                .sorted().toList();
        List<String> reviewsGone = run.reviewRows().stream().filter(id -> !withObjectsLeft.contains(id))
                .sorted().toList();
        history.remove(historyGone);
        campaigns.forgetSessions(campaignGone);
        reviews.remove(reviewsGone);
        List<String> localKept = withObjectsLeft.stream().filter(id -> run.historyRows().contains(id)
                || run.campaignRows().contains(id) || run.reviewRows().contains(id)).sorted().toList();
        ErasureReceipt receipt = receipt(run, run.kept(), historyGone, campaignGone, localKept, reviewsGone,
                run.kept().isEmpty());
        journal.finish(runId, receipt);
        if (!receiptInBucket) {
            return new Outcome(receipt, false, Optional.empty(), Optional.empty());
        }
        try {
            target.keepReceipt(run.bucket(), receipt);
            return new Outcome(receipt, false, Optional.of(receipt.bucketKey()), Optional.empty());
        } catch (ServiceException failed) {
            return new Outcome(receipt, false, Optional.empty(), Optional.of(failed.error().fullText()));
        }
    }

    private ErasureReceipt receipt(JournalRun run, List<NotDeleted> remaining, List<String> historyGone,
                                   List<String> campaignGone, List<String> localKept, List<String> reviewsGone,
                                   boolean complete) {
        return new ErasureReceipt(run.runId(), run.kind(), run.bucket(), run.prefix(), run.sessionIds(),
                run.deleted(), remaining, historyGone, campaignGone, localKept, reviewsGone, run.callerArn(),
                clock.instant(), deskVersion, complete);
    }

    private static List<ObjectVersion> concat(List<ObjectVersion> a, List<ObjectVersion> b) {
        List<ObjectVersion> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }
}
