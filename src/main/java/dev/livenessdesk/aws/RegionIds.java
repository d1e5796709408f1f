package dev.livenessdesk.aws;

import java.util.regex.Pattern;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Whether a region id from outside (a teammate's record) can be a real region: one the SDK knows, or one that
 * matches its partition's region pattern (so a region AWS opens after this release still works). Anything else
 * would become an SDK client of its own for nothing.
 */
final class RegionIds {

    private RegionIds() {
    }

    static boolean isPlausible(String id) {
        if (id == null || id.isEmpty() || id.length() > 32) {
            return false;
        }
        if (Region.regions().stream().anyMatch(known -> known.id().equals(id))) {
            return true;
        }
        if (!id.chars().allMatch(c -> c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return false;
        }
        // For a region, PartitionMetadata picks the partition whose pattern matches, or the standard one for none.
        return Pattern.matches(PartitionMetadata.of(Region.of(id)).regionRegex(), id);
    }
}
