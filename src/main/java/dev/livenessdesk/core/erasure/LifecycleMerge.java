package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.setup.LifecycleRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What applying a proposed rule does to a bucket's rule set, for the user to read first: every existing rule is
 * kept as it is, except an earlier rule of the desk with the same id, which the proposal replaces. S3 replaces
 * the whole configuration on every write, so the adapter writes exactly this merge.
 *
 * @param kept     the ids of the rules kept as they are
 * @param replaced the desk's own earlier rule for the same prefix, when there is one
 * @param notes    what the user should know (an existing rule that deletes sooner, the rule limit)
 */
public record LifecycleMerge(RetentionRule proposed, List<String> kept, Optional<String> replaced,
                             List<String> notes) {

    /** S3 allows at most 1,000 rules in one configuration. */
    public static final int MOST_RULES = 1000;

    public LifecycleMerge {
        kept = List.copyOf(kept);
        notes = List.copyOf(notes);
    }

    /** @throws IllegalStateException when the bucket already holds as many rules as S3 allows */
    public static LifecycleMerge of(List<LifecycleRule> existing, RetentionRule proposed) {
        List<String> kept = new ArrayList<>();
        Optional<String> replaced = Optional.empty();
        List<String> notes = new ArrayList<>();
        for (LifecycleRule rule : existing) {
            if (rule.id().equals(proposed.id())) {
                replaced = Optional.of(rule.id());
                continue;
            }
            kept.add(rule.displayName());
            if (rule.enabled() && !rule.needsTags() && rule.expirationDays().isPresent()
                    && (proposed.prefix().startsWith(rule.prefix()) || rule.prefix().startsWith(proposed.prefix()))
                    && rule.expirationDays().getAsInt() < proposed.expireAfterDays()) {
                notes.add(ErasureWords.get("retention.sooner", rule.displayName(),
                        rule.expirationDays().getAsInt()));
            }
        }
        if (replaced.isEmpty() && existing.size() >= MOST_RULES) {
            throw new IllegalStateException(ErasureWords.get("retention.tooMany", MOST_RULES));
        }
        return new LifecycleMerge(proposed, kept, replaced, notes);
    }
}
