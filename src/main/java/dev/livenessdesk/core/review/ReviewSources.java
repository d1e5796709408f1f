package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.sharing.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sessions a queue can be made from: a campaign, this computer's history, or the session folders under a bucket
 * prefix. Only sessions whose images are in a bucket can be reviewed: the others are left out (a session created
 * without an output bucket had its images handed back once and kept nowhere).
 *
 * <p>The Activity tab's window (the sessions CloudTrail saw) is a fourth source once that tab exists: it gives
 * session ids with where their images went, which map to candidates the same way as {@link #fromBucket}.
 */
public final class ReviewSources {

    private ReviewSources() {
    }

    /** The sessions created on this computer that had an output bucket. */
    public static List<ReviewCandidate> fromHistory(List<HistoryEntry> entries) {
        List<ReviewCandidate> candidates = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            entry.bucket().ifPresent(bucket -> candidates.add(new ReviewCandidate(entry.sessionId(),
                    new RecordPlace(bucket, entry.keyPrefix()), entry.createdAt(), entry.confidence(),
                    entry.feedbackCodes(), entry.clientSdk(), entry.region(), Optional.empty())));
        }
        return candidates;
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
