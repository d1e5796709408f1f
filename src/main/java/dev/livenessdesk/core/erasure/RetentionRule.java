package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.setup.LifecycleRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle rule the desk proposes for a session prefix: current versions expire after the retention period,
 * noncurrent versions a day after they stop being current, incomplete uploads are aborted after a day. Its id
 * names the prefix, so proposing again for the same prefix replaces the desk's own rule and nothing else.
 */
public record RetentionRule(String id, String prefix, int expireAfterDays) {

    public static final int NONCURRENT_DAYS = 1;
    public static final int ABORT_UPLOADS_DAYS = 1;
    /** S3 limits a rule id to 255 characters. */
    static final int LONGEST_ID = 255;
    static final String ID_START = "liveness-desk-retention";
    /** A retention longer than 100 years is a typing slip, not a schedule. */
    public static final int LONGEST_DAYS = 36_500;

    public RetentionRule {
        prefix = SessionFolderGuard.normalizePrefix(prefix);
        if (expireAfterDays < 1 || expireAfterDays > LONGEST_DAYS) {
            throw new IllegalArgumentException(ErasureWords.get("retention.days", LONGEST_DAYS));
        }
    }

    public static RetentionRule forPrefix(String prefix, int expireAfterDays) {
        String given = SessionFolderGuard.normalizePrefix(prefix);
        String id = given.isEmpty() ? ID_START : ID_START + " " + given;
        return new RetentionRule(id.length() > LONGEST_ID ? id.substring(0, LONGEST_ID) : id, given,
                expireAfterDays);
    }

    /**
     * This rule with an id no other rule of the bucket holds. A rule with the same id and the same prefix is the
     * desk's own earlier rule: the proposal replaces it and keeps the id. A rule with the same id for another prefix
     * (someone's own rule, or a long prefix cut to S3's 255 characters) is not touched: the proposal takes the next
     * free id, "... (2)", "... (3)".
     */
    public RetentionRule withIdFreeOf(List<LifecycleRule> existing) {
        String candidate = id;
        for (int n = 2; clashes(candidate, existing); n++) {
            String suffix = " (" + n + ")";
            String base = id.length() + suffix.length() > LONGEST_ID ? id.substring(0, LONGEST_ID - suffix.length()) : id;
            candidate = base + suffix;
        }
        return candidate.equals(id) ? this : new RetentionRule(candidate, prefix, expireAfterDays);
    }

    private boolean clashes(String candidate, List<LifecycleRule> existing) {
        return existing.stream().anyMatch(rule -> rule.id().equals(candidate) && !rule.prefix().equals(prefix));
    }

    /** The rule as S3's JSON names it (put-bucket-lifecycle-configuration), for the user to read before applying. */
    public Map<String, Object> document() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("ID", id);
        rule.put("Filter", Map.of("Prefix", prefix));
        rule.put("Status", "Enabled");
        rule.put("Expiration", Map.of("Days", expireAfterDays));
        rule.put("NoncurrentVersionExpiration", Map.of("NoncurrentDays", NONCURRENT_DAYS));
        rule.put("AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", ABORT_UPLOADS_DAYS));
        return rule;
    }
}
