package dev.livenessdesk.core.setup;

import java.util.ArrayList;
import java.util.List;

/** A bucket's own Block Public Access settings (S3's four switches). */
public record PublicAccessBlock(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
                                boolean restrictPublicBuckets) {

    public boolean allOn() {
        return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
    }

    /** The names of the switches that are off, as the S3 console and API name them. */
    public List<String> switchesOff() {
        List<String> off = new ArrayList<>();
        if (!blockPublicAcls) {
            off.add("BlockPublicAcls");
        }
        if (!ignorePublicAcls) {
            off.add("IgnorePublicAcls");
        }
        if (!blockPublicPolicy) {
            off.add("BlockPublicPolicy");
        }
        if (!restrictPublicBuckets) {
            off.add("RestrictPublicBuckets");
        }
        return off;
    }
}
