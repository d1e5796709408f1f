package dev.livenessdesk.core.setup;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The checklist as plain text for a support ticket: what was checked, then one block per row. It holds only what
 * the rows say (account, ARNs, bucket, region): never a key, token or image.
 */
public final class SetupReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SetupReport() {
    }

    public static String plainText(SetupRun run) {
        SetupTarget target = run.target();
        StringBuilder text = new StringBuilder();
        text.append(SetupWords.get("report.heading", WHEN.format(run.startedAt()), run.took().toMillis()))
                .append('\n');
        text.append(SetupWords.get("report.profile",
                target.connection().profile().orElse(SetupWords.get("report.defaultChain")))).append('\n');
        text.append(SetupWords.get("report.region", target.region())).append('\n');
        text.append(SetupWords.get("report.bucket", target.bucket().map(b -> target.location())
                .orElse(SetupWords.get("report.none")))).append('\n');
        target.connection().rekognitionEndpoint().ifPresent(uri ->
                text.append(SetupWords.get("report.endpoint.rekognition", uri)).append('\n'));
        target.connection().s3Endpoint().ifPresent(uri ->
                text.append(SetupWords.get("report.endpoint.s3", uri)).append('\n'));
        text.append(SetupWords.get("report.kms", target.kmsKeyId().orElse(SetupWords.get("report.none"))))
                .append('\n');
        text.append(SetupWords.get("report.summary", run.count(CheckStatus.OK), run.count(CheckStatus.WARN),
                run.count(CheckStatus.FAIL), run.count(CheckStatus.UNKNOWN))).append("\n\n");
        for (CheckResult result : run.results()) {
            text.append('[').append(result.status().label()).append("] ").append(result.title()).append('\n');
            text.append("    ").append(result.found()).append('\n');
            if (!result.fix().isBlank()) {
                text.append("    ").append(SetupWords.get("report.fix", result.fix())).append('\n');
            }
        }
        return text.toString();
    }
}
