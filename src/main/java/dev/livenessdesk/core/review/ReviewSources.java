package dev.livenessdesk.core.review;

import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.sharing.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sessions a queue can be made from: a campaign, this computer's history, or the session folders under a bucket
 * prefix. Only sessions whose images are in a bucket can be reviewed: the others are left out (a session created
 * without an output bucket had its images handed back once and kept nowhere).
 *
 * <p>The Activity tab's window (the sessions CloudTrail saw) is a fourth source: its events give each session's id
 * and the bucket and prefix its create asked for; what the service said of it comes from this computer's history
 * when the session was made here.
 */
public final class ReviewSources {

    private ReviewSources() {
    }

    /** Why a session of a source cannot be reviewed. */
    public enum LeftOut {
        /** Created without an output bucket: its images were handed back once and kept nowhere. */
        NO_BUCKET,
        /** The create was refused: no session was made. */
        NO_SESSION,
        /** Its create lies before the window, so the window's events do not say where its images went. */
        CREATED_BEFORE_WINDOW,
        /** The check never started (or has not yet): no images were made. */
        NOT_STARTED,
        /** The check's stream ended with an error: no result, so no images. */
        CHECK_FAILED;

        String words(int count) {
            return ReviewWords.get("leftOut." + name(), count);
        }
    }

    /**
     * The reviewable sessions of a source, and how many it had that cannot be reviewed, by why.
     *
     * @param leftOut how many sessions were left out for each reason (only reasons that occurred)
     */
    public record Found(List<ReviewCandidate> candidates, Map<LeftOut, Integer> leftOut) {

        public Found {
            candidates = List.copyOf(candidates);
            Map<LeftOut, Integer> counted = new EnumMap<>(LeftOut.class);
            leftOut.forEach((why, n) -> {
                if (n > 0) {
                    counted.put(why, n);
                }
            });
            leftOut = java.util.Collections.unmodifiableMap(counted);
        }

        public static Found all(List<ReviewCandidate> candidates) {
            return new Found(candidates, Map.of());
        }

        public int leftOutCount() {
            return leftOut.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "3 sessions left out: 2 created without an output bucket, 1 never started"; empty when none was. */
        public String leftOutLine() {
            if (leftOut.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            leftOut.forEach((why, n) -> parts.add(why.words(n)));
            return ReviewWords.get("leftOut.line", leftOutCount(), String.join(", ", parts));
        }
    }

    /** The sessions created on this computer that had an output bucket. */
    public static List<ReviewCandidate> fromHistory(List<HistoryEntry> entries) {
        return historySessions(entries).candidates();
    }

    /** The sessions created on this computer that had an output bucket, and how many had none. */
    public static Found historySessions(List<HistoryEntry> entries) {
        List<ReviewCandidate> candidates = new ArrayList<>();
        int withoutBucket = 0;
        for (HistoryEntry entry : entries) {
            if (entry.bucket().isPresent()) {
                candidates.add(new ReviewCandidate(entry.sessionId(), new RecordPlace(entry.bucket().get(),
                        entry.keyPrefix()), entry.createdAt(), entry.confidence(), entry.feedbackCodes(),
                        entry.clientSdk(), entry.region(), Optional.empty()));
            } else {
                withoutBucket++;
            }
        }
        return new Found(candidates, Map.of(LeftOut.NO_BUCKET, withoutBucket));
    }

    /**
     * The sessions of an Activity window whose images went to a bucket. A session the window shows without its
     * create (made before the window) has no known bucket; one that never started has no images; a refused
     * create made no session, and a check that failed has no result. Those are counted, not queued. Where this computer's history knows the session, its
     * score, feedback and client come from there.
     */
    public static Found fromActivity(List<ActivitySession> sessions, List<HistoryEntry> history) {
        Map<String, HistoryEntry> known = new HashMap<>();
        history.forEach(entry -> known.put(entry.sessionId().toLowerCase(Locale.ROOT), entry));
        List<ReviewCandidate> candidates = new ArrayList<>();
        Map<LeftOut, Integer> leftOut = new EnumMap<>(LeftOut.class);
        for (ActivitySession session : sessions) {
            Optional<LeftOut> why = whyNotReviewable(session);
            if (why.isPresent()) {
                leftOut.merge(why.get(), 1, Integer::sum);
                continue;
            }
            String id = session.id().orElseThrow();
            RecordPlace place = new RecordPlace(session.bucket().orElseThrow(), session.prefix().orElse(""));
            HistoryEntry entry = known.get(id.toLowerCase(Locale.ROOT));
            Optional<String> client = entry != null && entry.clientSdk().isPresent() ? entry.clientSdk()
                    : session.client().sdk().or(() -> Optional.of(session.client().raw()).filter(s -> !s.isBlank()));
            candidates.add(new ReviewCandidate(id, place, session.sortTime(),
                    entry == null ? Optional.empty() : entry.confidence(),
                    entry == null ? List.of() : entry.feedbackCodes(), client,
                    entry == null ? "" : entry.region(), Optional.empty()));
        }
        return new Found(candidates, leftOut);
    }

    private static Optional<LeftOut> whyNotReviewable(ActivitySession session) {
        if (session.id().isEmpty()) {
            return Optional.of(LeftOut.NO_SESSION);
        }
        if (session.outcome() == ActivityOutcome.NEVER_STARTED || session.outcome() == ActivityOutcome.NOT_STARTED_YET) {
            return Optional.of(LeftOut.NOT_STARTED);
        }
        if (session.outcome() == ActivityOutcome.FAILED) {
            return Optional.of(LeftOut.CHECK_FAILED);
        }
        if (session.createdAt().isEmpty()) {
            return Optional.of(LeftOut.CREATED_BEFORE_WINDOW);
        }
        if (session.bucket().filter(b -> !b.isBlank()).isEmpty()) {
            return Optional.of(LeftOut.NO_BUCKET);
        }
        return Optional.empty();
    }

    /** A campaign's sessions whose record's place is known (where its images are too). */
    public static List<ReviewCandidate> fromCampaign(List<CampaignSession> sessions,
                                                     Function<String, Optional<RecordPlace>> placeOf) {
        List<ReviewCandidate> candidates = new ArrayList<>();
        for (CampaignSession session : sessions) {
            placeOf.apply(session.sessionId()).ifPresent(place -> candidates.add(new ReviewCandidate(
                    session.sessionId(), place, session.createdAt(), session.confidence(), session.feedbackCodes(),
                    Optional.empty(), session.region(), Optional.of(session.campaignName()))));
        }
        return candidates;
    }

    /**
     * The session folders a listing found, with what their campaign records say where there is one (score and
     * feedback); a folder without a record is still reviewable, its time taken from the listing.
     */
    public static List<ReviewCandidate> fromBucket(List<SessionFolder> folders, Map<String, SessionRecord> records) {
        List<ReviewCandidate> candidates = new ArrayList<>();
        for (SessionFolder folder : folders) {
            String folderPrefix = folder.folderPrefix();
            String tail = folder.sessionId() + "/";
            String prefix = folderPrefix.endsWith(tail) ? folderPrefix.substring(0, folderPrefix.length() - tail.length())
                    : folderPrefix;
            RecordPlace place = new RecordPlace(folder.bucket(), prefix);
            SessionRecord record = records.get(folder.sessionId());
            if (record != null) {
                CampaignSession session = record.session();
                candidates.add(new ReviewCandidate(folder.sessionId(), place, session.createdAt(),
                        session.confidence(), session.feedbackCodes(), Optional.empty(), session.region(),
                        Optional.of(session.campaignName())));
            } else {
                candidates.add(new ReviewCandidate(folder.sessionId(), place,
                        folder.lastModified().orElse(Instant.EPOCH), Optional.empty(), List.of(), Optional.empty(),
                        "", Optional.empty()));
            }
        }
        return candidates;
    }
}
