package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The receipt of a lifecycle change: the rule written (as the user read it), the rules kept beside it, the desk's
 * earlier rule it replaced, who and when, and the desk's version.
 *
 * @param kept     the ids of the bucket's other rules, written back unchanged
 * @param replaced the id of the desk's earlier rule for the prefix, when there was one
 */
public record RetentionReceipt(String bucket, RetentionRule rule, List<String> kept, Optional<String> replaced,
                               String who, Instant when, String deskVersion) {

    private static final DateTimeFormatter KEY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    public RetentionReceipt {
        kept = List.copyOf(kept);
        when = when.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Beside the erasure receipts, in a folder of their own that no session folder can be. */
    public String bucketKey() {
        return ErasureReceipt.BUCKET_FOLDER + "lifecycle-" + KEY_TIME.format(when) + ".json";
    }

    /** The receipt as a tree of maps, lists and strings, in reading order; every adapter writes it as JSON. */
    public Map<String, Object> document() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", "lifecycle-rule");
        tree.put("bucket", bucket);
        tree.put("prefix", rule.prefix());
        tree.put("who", who);
        tree.put("when", when.toString());
        tree.put("deskVersion", deskVersion);
        tree.put("ruleWritten", rule.document());
        tree.put("rulesKept", kept);
        tree.put("ruleReplaced", replaced.orElse(null));
        return tree;
    }
}
