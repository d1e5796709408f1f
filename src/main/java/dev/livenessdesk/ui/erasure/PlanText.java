package dev.livenessdesk.ui.erasure;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.ShownTime;
import java.util.ArrayList;
import java.util.List;

/** A plan in the words the dialog shows: one summary paragraph, and one line per version that will go. */
final class PlanText {

    private PlanText() {
    }

    static String summary(ErasurePlan plan) {
        List<String> parts = new ArrayList<>();
        String where = "s3://" + VisibleText.of(plan.bucket()) + "/" + VisibleText.of(plan.prefix());
        if (plan.kind() == ErasurePlan.Kind.ERASE) {
            String id = plan.sessionIds().isEmpty() ? "" : plan.sessionIds().get(0);
            where = where + id + "/";
            boolean record = plan.versions().stream().anyMatch(v -> v.key().endsWith("/" + SessionRecords.FILE_NAME));
            parts.add(ErasureWords.get("plan.session", plan.objectCount(), plan.versionCount(), size(plan.bytes()),
                    where, record ? ErasureWords.get("plan.withRecord") : ""));
            if (plan.versionCount() == 0) {
                parts.add(ErasureWords.get("plan.noObjects", where));
            }
        } else {
            parts.add(ErasureWords.get(plan.wholeBucket() ? "plan.purge.wholeBucket" : "plan.purge",
                    plan.sessionIds().size(), plan.objectCount(), plan.versionCount(), size(plan.bytes()), where));
            if (plan.oldest().isPresent()) {
                parts.add(ErasureWords.get("plan.purge.ages", ShownTime.withZone(plan.oldest().get(), java.time.ZoneId.systemDefault()),
                        ShownTime.withZone(plan.newest().get(), java.time.ZoneId.systemDefault())));
            }
            if (plan.leftAlone() > 0) {
                parts.add(ErasureWords.get("plan.leftAlone", plan.leftAlone()));
            }
        }
        parts.add(ErasureWords.get("plan.local", plan.historyRows().size(), plan.campaignRows().size()));
        if (!plan.reviewRows().isEmpty()) {
            parts.add(ErasureWords.get("plan.reviews", plan.reviewCount(), plan.viewingCount()));
        }
        if (plan.bucketFacts().mfaDelete()) {
            parts.add(ErasureWords.get("plan.mfa"));
        }
        parts.add(ErasureWords.get("plan.who", VisibleText.of(plan.callerArn())));
        return String.join(" ", parts);
    }

    static List<String> lines(ErasurePlan plan) {
        List<String> lines = new ArrayList<>(plan.versions().size());
        for (ObjectVersion version : plan.versions()) {
            String words = version.deleteMarker() ? "line.marker"
                    : ObjectVersion.NULL_VERSION.equals(version.versionId()) ? "line.unversioned" : "line.version";
            lines.add(ErasureWords.get(words,
                    VisibleText.of(version.key()), VisibleText.of(version.versionId()), size(version.sizeBytes())));
        }
        return lines;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
