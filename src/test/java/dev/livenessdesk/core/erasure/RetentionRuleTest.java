package dev.livenessdesk.core.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.setup.LifecycleRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The proposed rule in S3's words, merged into what the bucket has: kept, never replaced. */
class RetentionRuleTest {

    private static LifecycleRule rule(String id, String prefix, Integer days) {
        return new LifecycleRule(id, true, prefix, false, days == null ? OptionalInt.empty() : OptionalInt.of(days),
                false, OptionalInt.empty());
    }

    @Test
    void theProposalExpiresCurrentVersionsAfterTheDaysNoncurrentAfterOneAndAbortsUploads() {
        RetentionRule proposed = RetentionRule.forPrefix("checks/", 30);

        assertThat(proposed.document()).isEqualTo(Map.of("ID", "liveness-desk-retention checks/",
                "Filter", Map.of("Prefix", "checks/"), "Status", "Enabled", "Expiration", Map.of("Days", 30),
                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 1),
                "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1)));
        assertThatThrownBy(() -> RetentionRule.forPrefix("checks/", 0)).hasMessageContaining("1 to 36,500 days");
    }

    @Test
    void existingRulesAreKeptTheDesksEarlierRuleReplacedAndASoonerRuleNamed() {
        RetentionRule proposed = RetentionRule.forPrefix("checks/", 30);

        LifecycleMerge merge = LifecycleMerge.of(List.of(rule("logs-90", "logs/", 90), rule("all-7", "", 7),
                rule(proposed.id(), "checks/", 60)), proposed);

        assertThat(merge.kept()).containsExactly("logs-90", "all-7");
        assertThat(merge.replaced()).contains(proposed.id());
        assertThat(merge.notes()).singleElement().asString().contains("all-7").contains("after 7 days");
    }

    @Test
    void aBucketFullOfRulesIsRefusedBeforeAnythingIsWritten() {
        List<LifecycleRule> full = new ArrayList<>();
        for (int i = 0; i < LifecycleMerge.MOST_RULES; i++) {
            full.add(rule("r" + i, "p" + i + "/", 10));
        }
        assertThatThrownBy(() -> LifecycleMerge.of(full, RetentionRule.forPrefix("checks/", 30)))
                .hasMessageContaining("1,000 lifecycle rules");
    }

    @Test
    void anAgeIsAWholeNumberOfDays() {
        assertThat(RetentionAge.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(RetentionAge.parse(" 7 ")).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> RetentionAge.parse("30m")).hasMessageContaining("\"30m\" is not an age");
        assertThatThrownBy(() -> RetentionAge.parse("0d")).hasMessageContaining("outside 1 to 36,500 days");
    }
}
