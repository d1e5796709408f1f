package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.SessionIds;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the plan the user reads before anything goes, from the bucket's listing and this computer's rows (history,
 * campaigns, reviews and the viewing log). Only
 * objects inside well-formed session folders under the prefix ever enter a plan; what else is listed is counted
 * as left alone.
 */
public final class ErasurePlanner {

    private final ErasureTarget target;
    private final SessionHistoryStore history;
    private final CampaignStore campaigns;
    private final ReviewRows reviews;

    public ErasurePlanner(ErasureTarget target, SessionHistoryStore history, CampaignStore campaigns,
                          ReviewRows reviews) {
        this.target = target;
        this.history = history;
        this.campaigns = campaigns;
        this.reviews = reviews;
    }

    /** Everything of one session: every version in its folder, and its local rows. */
    public ErasurePlan planSession(String bucket, String prefix, String sessionId)
            throws ServiceException, IOException {
        String id = SessionIds.normalize(sessionId);
        if (!SessionIds.isValid(id)) {
            throw new IllegalArgumentException(SessionIds.invalidMessage(sessionId));
        }
        String given = SessionFolderGuard.normalizePrefix(prefix);
        BucketFacts facts = target.bucketFacts(bucket);
        SessionFolderGuard guard = new SessionFolderGuard(given, List.of(id));
        List<ObjectVersion> versions = new ArrayList<>();
        long leftAlone = 0;
        for (String folder : SessionFolderGuard.foldersOf(given, id)) {
            for (ObjectVersion version : target.versionsUnder(bucket, folder)) {
                if (guard.refusal(version.key()).isEmpty()) {
                    versions.add(version);
                } else {
                    leftAlone++;
                }
            }
        }
        List<SessionObjects> sessions = versions.isEmpty() ? List.of() : List.of(new SessionObjects(id, versions));
        return new ErasurePlan(ErasurePlan.Kind.ERASE, bucket, given, Optional.empty(), facts, target.callerArn(),
                sessions, historyRows(List.of(id)), campaigns.keptSessionIds(List.of(id)), leftAlone,
                reviews.keptOf(List.of(id)));
    }

    /** Every session folder under the prefix whose newest object is older than the age, and their local rows. */
    public ErasurePlan planPurge(String bucket, String prefix, Duration olderThan, Instant now)
            throws ServiceException, IOException {
        if (olderThan.isNegative() || olderThan.isZero()) {
            throw new IllegalArgumentException(ErasureWords.get("purge.ageNotPositive"));
        }
        String given = SessionFolderGuard.normalizePrefix(prefix);
        Instant cutoff = now.minus(olderThan);
        BucketFacts facts = target.bucketFacts(bucket);
        Map<String, List<ObjectVersion>> bySession = new LinkedHashMap<>();
        long leftAlone = 0;
        for (ObjectVersion version : target.versionsUnder(bucket, given)) {
            Optional<String> session = SessionFolderGuard.sessionOf(given, version.key());
            if (session.isEmpty()) {
                leftAlone++;
                continue;
            }
            bySession.computeIfAbsent(session.get(), k -> new ArrayList<>()).add(version);
        }
        List<SessionObjects> old = new ArrayList<>();
        for (Map.Entry<String, List<ObjectVersion>> entry : bySession.entrySet()) {
            SessionObjects session = new SessionObjects(entry.getKey(), entry.getValue());
            if (session.newest().map(newest -> newest.isBefore(cutoff)).orElse(false)) {
                old.add(session);
            }
        }
        List<String> ids = old.stream().map(SessionObjects::sessionId).toList();
        return new ErasurePlan(ErasurePlan.Kind.PURGE, bucket, given, Optional.of(cutoff), facts, target.callerArn(),
                old, historyRows(ids), ids.isEmpty() ? Set.of() : campaigns.keptSessionIds(ids), leftAlone,
                ids.isEmpty() ? Map.of() : reviews.keptOf(ids));
    }

    private Set<String> historyRows(Collection<String> ids) throws IOException {
        Set<String> wanted = Set.copyOf(ids);
        return history.list().stream().map(HistoryEntry::sessionId).filter(wanted::contains)
                .collect(Collectors.toSet());
    }
}
