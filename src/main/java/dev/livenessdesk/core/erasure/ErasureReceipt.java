package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The deletion receipt: which sessions, where, every key and version that went, what is still there and why, who
 * ran it and when, and the desk's version. It holds no image and no score: a team keeps it to show what was
 * erased and when.
 *
 * @param complete        false when anything of the plan is still there (kept by S3, or the run was stopped)
 * @param historyRemoved  sessions removed from this computer's history
 * @param campaignRemoved sessions removed from this computer's campaigns
 * @param localKept       sessions whose local rows stay because some of their objects are still in the bucket
 * @param reviewsRemoved  sessions whose reviews and viewing-log entries were removed from this computer
 */
public record ErasureReceipt(String runId, ErasurePlan.Kind kind, String bucket, String prefix,
                             List<String> sessionIds, List<ObjectVersion> erased, List<NotDeleted> remaining,
                             List<String> historyRemoved, List<String> campaignRemoved, List<String> localKept,
                             List<String> reviewsRemoved, String who, Instant when, String deskVersion,
                             boolean complete) {

    /** Where receipts go in the bucket: a folder of their own at the top, never inside a session folder. */
    public static final String BUCKET_FOLDER = "liveness-desk-erasures/";

    private static final DateTimeFormatter KEY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    public ErasureReceipt {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(kind, "kind");
        sessionIds = List.copyOf(sessionIds);
        erased = List.copyOf(erased);
        remaining = List.copyOf(remaining);
        historyRemoved = List.copyOf(historyRemoved);
        campaignRemoved = List.copyOf(campaignRemoved);
        localKept = List.copyOf(localKept);
        reviewsRemoved = List.copyOf(reviewsRemoved);
        when = when.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The receipt's key in the bucket: sortable by time, unique by run. */
    public String bucketKey() {
        return BUCKET_FOLDER + KEY_TIME.format(when) + "-" + runId + ".json";
    }

    /**
     * The receipt as a tree of maps, lists, strings, numbers and booleans, in the order a reader reads it; every
     * adapter writes this same tree as JSON.
     */
    public Map<String, Object> document() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("receipt", runId);
        tree.put("kind", kind == ErasurePlan.Kind.ERASE ? "erase" : "purge");
        tree.put("complete", complete);
        tree.put("bucket", bucket);
        tree.put("prefix", prefix);
        tree.put("who", who);
        tree.put("when", when.toString());
        tree.put("deskVersion", deskVersion);
        tree.put("sessions", sessionIds);
        tree.put("erasedCount", erased.size());
        List<Map<String, Object>> gone = new ArrayList<>(erased.size());
        for (ObjectVersion version : erased) {
            gone.add(entry(version));
        }
        tree.put("erased", gone);
        tree.put("remainingCount", remaining.size());
        List<Map<String, Object>> kept = new ArrayList<>(remaining.size());
        for (NotDeleted still : remaining) {
            Map<String, Object> row = entry(still.version());
            row.put("reason", still.reason().name());
            row.put("why", still.message());
            still.until().ifPresent(until -> row.put("until", until.truncatedTo(ChronoUnit.SECONDS).toString()));
            kept.add(row);
        }
        tree.put("remaining", kept);
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("historyRemoved", historyRemoved);
        local.put("campaignRemoved", campaignRemoved);
        local.put("reviewsRemoved", reviewsRemoved);
        local.put("keptBecauseObjectsRemain", localKept);
        tree.put("thisComputer", local);
        return tree;
    }

    private static Map<String, Object> entry(ObjectVersion version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", version.key());
        row.put("versionId", version.versionId());
        if (version.deleteMarker()) {
            row.put("deleteMarker", true);
        }
        return row;
    }
}
