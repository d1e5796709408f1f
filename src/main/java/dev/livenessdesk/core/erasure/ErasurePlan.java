package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exactly what an erasure or a purge will remove, as shown to the user before anything goes: every version of
 * every object in the chosen session folders (the session's record with the team's reviews among them), and the
 * local history, campaign and review rows of those sessions. Nothing
 * outside it is ever deleted.
 *
 * @param kind          one session asked for, or every session older than a cut-off
 * @param cutoff        for a purge, sessions whose newest object is older than this go
 * @param callerArn     who the deletion runs as (the receipt's "who")
 * @param historyRows   the sessions kept in this computer's history
 * @param campaignRows  the sessions kept as campaign sessions on this computer
 * @param leftAlone     objects listed under the prefix that lie outside any session folder (never touched)
 * @param reviewRows    the sessions whose reviews or viewing-log entries this computer keeps, and how many
 */
public record ErasurePlan(Kind kind, String bucket, String prefix, Optional<Instant> cutoff, BucketFacts bucketFacts,
                          String callerArn, List<SessionObjects> sessions, Set<String> historyRows,
                          Set<String> campaignRows, long leftAlone, Map<String, ReviewRows.Kept> reviewRows) {

    public enum Kind { ERASE, PURGE }

    /** How many session ids the plan shows as a sample. */
    public static final int SAMPLE_SIZE = 10;

    public ErasurePlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bucket, "bucket");
        prefix = SessionFolderGuard.normalizePrefix(prefix);
        cutoff = cutoff == null ? Optional.empty() : cutoff;
        Objects.requireNonNull(bucketFacts, "bucketFacts");
        callerArn = callerArn == null ? "" : callerArn;
        sessions = List.copyOf(sessions);
        historyRows = Set.copyOf(historyRows);
        campaignRows = Set.copyOf(campaignRows);
        reviewRows = Map.copyOf(reviewRows);
    }

    /** A plan with no review rows on this computer. */
    public ErasurePlan(Kind kind, String bucket, String prefix, Optional<Instant> cutoff, BucketFacts bucketFacts,
                       String callerArn, List<SessionObjects> sessions, Set<String> historyRows,
                       Set<String> campaignRows, long leftAlone) {
        this(kind, bucket, prefix, cutoff, bucketFacts, callerArn, sessions, historyRows, campaignRows, leftAlone,
                Map.of());
    }

    /** How many reviews of the plan's sessions this computer keeps. */
    public int reviewCount() {
        return reviewRows.values().stream().mapToInt(ReviewRows.Kept::reviews).sum();
    }

    /** How many viewing-log entries of the plan's sessions this computer keeps. */
    public int viewingCount() {
        return reviewRows.values().stream().mapToInt(ReviewRows.Kept::viewings).sum();
    }

    /** The guard for this plan's folders, asked again before each batch. */
    public SessionFolderGuard guard() {
        return new SessionFolderGuard(prefix, sessionIds());
    }

    public List<String> sessionIds() {
        return sessions.stream().map(SessionObjects::sessionId).toList();
    }

    public boolean wholeBucket() {
        return prefix.isEmpty();
    }

    public long objectCount() {
        return sessions.stream().mapToLong(SessionObjects::objectCount).sum();
    }

    public long versionCount() {
        return sessions.stream().mapToLong(s -> s.versions().size()).sum();
    }

    public long bytes() {
        return sessions.stream().mapToLong(SessionObjects::bytes).sum();
    }

    /** The oldest session's newest object: how old the oldest session is. */
    public Optional<Instant> oldest() {
        return sessions.stream().flatMap(s -> s.newest().stream()).min(Comparator.naturalOrder());
    }

    public Optional<Instant> newest() {
        return sessions.stream().flatMap(s -> s.newest().stream()).max(Comparator.naturalOrder());
    }

    /** A few session ids for the user to recognise, oldest first. */
    public List<String> sample() {
        return sessions.stream()
                .sorted(Comparator.comparing((SessionObjects s) -> s.newest().orElse(Instant.MAX))
                        .thenComparing(SessionObjects::sessionId))
                .limit(SAMPLE_SIZE).map(SessionObjects::sessionId).toList();
    }

    /** True when there is nothing to delete, in S3 or on this computer. */
    public boolean isEmpty() {
        return versionCount() == 0 && historyRows.isEmpty() && campaignRows.isEmpty() && reviewRows.isEmpty();
    }

    /** Every version of the plan, session by session. */
    public List<ObjectVersion> versions() {
        return sessions.stream().flatMap(s -> s.versions().stream()).toList();
    }
}
