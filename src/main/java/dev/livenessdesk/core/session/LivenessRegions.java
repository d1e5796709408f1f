package dev.livenessdesk.core.session;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The AWS regions that offer Face Liveness (AWS General Reference, streaming endpoints). */
public final class LivenessRegions {

    /** In the order a user scans them: US first, then by geography. */
    public static final List<String> SUPPORTED = List.of(
            "us-east-1", "us-west-2", "eu-west-1", "ap-south-1",
            "ap-northeast-1", "ap-southeast-5", "ap-southeast-7", "sa-east-1");

    public static final String DEFAULT = "us-east-1";

    // Region ids are lower-case words joined by '-' and ending in a number, e.g. us-gov-west-1.
    private static final Pattern REGION_SHAPE = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");

    private LivenessRegions() {
    }

    public static boolean isSupported(String region) {
        return region != null && SUPPORTED.contains(region.trim());
    }

    public static boolean looksLikeRegion(String region) {
        return region != null && REGION_SHAPE.matcher(region.trim()).matches();
    }

    /** The region a user would expect preselected: the profile's or environment's when Face Liveness is there. */
    public static String preselect(Optional<String> configured) {
        return configured.filter(LivenessRegions::isSupported).orElse(DEFAULT);
    }
}
