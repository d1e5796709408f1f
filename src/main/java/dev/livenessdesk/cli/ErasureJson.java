package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ObjectVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Plans and receipts in the envelope: figures for a purge, every key and version for one session. */
final class ErasureJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErasureJson() {
    }

    static ObjectNode plan(ErasurePlan plan, boolean everyVersion) {
        ObjectNode node = JsonEnvelope.NODES.objectNode()
                .put("kind", plan.kind() == ErasurePlan.Kind.ERASE ? "erase" : "purge")
                .put("bucket", plan.bucket()).put("prefix", plan.prefix())
                .put("scope", plan.wholeBucket() ? CliText.get("purge.wholeBucketWords")
                        : CliText.get("purge.scope", plan.prefix()))
                .put("who", plan.callerArn())
                .put("versioning", plan.bucketFacts().versioning().isEmpty() ? "Off" : plan.bucketFacts().versioning())
                .put("mfa_delete", plan.bucketFacts().mfaDelete());
        plan.cutoff().ifPresent(cutoff -> node.put("older_than", seconds(cutoff)));
        node.put("sessions", plan.sessionIds().size()).put("objects", plan.objectCount())
                .put("versions", plan.versionCount()).put("bytes", plan.bytes());
        plan.oldest().ifPresent(oldest -> node.put("oldest", seconds(oldest)));
        plan.newest().ifPresent(newest -> node.put("newest", seconds(newest)));
        ArrayNode sample = node.putArray("sample");
        plan.sample().forEach(sample::add);
        ArrayNode history = node.putArray("history_rows");
        plan.historyRows().stream().sorted().forEach(history::add);
        ArrayNode campaign = node.putArray("campaign_rows");
        plan.campaignRows().stream().sorted().forEach(campaign::add);
        ArrayNode reviewed = node.putArray("review_rows");
        plan.reviewRows().keySet().stream().sorted().forEach(reviewed::add);
        node.put("reviews", plan.reviewCount()).put("viewings", plan.viewingCount());
        node.put("left_alone", plan.leftAlone());
        if (everyVersion) {
            ArrayNode versions = node.putArray("will_delete");
            for (ObjectVersion version : plan.versions()) {
                ObjectNode row = versions.addObject().put("key", version.key()).put("version_id", version.versionId())
                        .put("size_bytes", version.sizeBytes());
                if (version.deleteMarker()) {
                    row.put("delete_marker", true);
                }
            }
        }
        return node;
    }

    /** The run's outcome: the receipt as it is kept, and where its copy in the bucket went. */
    static void outcome(ObjectNode data, Eraser.Outcome outcome) {
        JsonNode receipt = JSON.valueToTree(outcome.receipt().document());
        data.put("complete", outcome.receipt().complete()).put("stopped", outcome.stopped());
        data.set("receipt", receipt);
        outcome.bucketCopyKey().ifPresent(key -> data.put("receipt_in_bucket", key));
        outcome.bucketCopyProblem().ifPresent(problem -> data.put("receipt_in_bucket_problem", problem));
        if (!outcome.receipt().complete()) {
            data.put("message", CliText.get("erase.incomplete", outcome.receipt().remaining().size()));
        }
    }

    /** A receipt that says something is still there is not a success a script may miss: exit 1. */
    static int exitCode(ObjectNode data) {
        return data.path("complete").asBoolean(true) ? ExitCode.SUCCESS : ExitCode.SERVICE_FAILURE;
    }

    static Optional<String> seconds(Optional<Instant> time) {
        return time.map(ErasureJson::seconds);
    }

    static String seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
