package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A run as its journal keeps it: its plan's figures and, version by version, how far it got.
 *
 * @param reviewRows the sessions whose review and viewing-log rows go once their objects are gone
 * @param toDo     versions not sent yet
 * @param inFlight versions sent without an answer kept (the desk stopped mid-batch): S3 is asked again on resume
 * @param deleted  versions S3 confirmed gone
 * @param kept     versions S3 (or the guard) kept, with the reason
 */
public record JournalRun(String runId, ErasurePlan.Kind kind, String bucket, String prefix, Optional<Instant> cutoff,
                         String callerArn, Instant startedAt, List<String> sessionIds, Set<String> historyRows,
                         Set<String> campaignRows, Set<String> reviewRows, List<ObjectVersion> toDo,
                         List<ObjectVersion> inFlight, List<ObjectVersion> deleted, List<NotDeleted> kept) {

    public JournalRun {
        Objects.requireNonNull(runId, "runId");
        cutoff = cutoff == null ? Optional.empty() : cutoff;
        sessionIds = List.copyOf(sessionIds);
        historyRows = Set.copyOf(historyRows);
        campaignRows = Set.copyOf(campaignRows);
        reviewRows = Set.copyOf(reviewRows);
        toDo = List.copyOf(toDo);
        inFlight = List.copyOf(inFlight);
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }

    public long total() {
        return (long) toDo.size() + inFlight.size() + deleted.size() + kept.size();
    }

    public long settled() {
        return (long) deleted.size() + kept.size();
    }
}
