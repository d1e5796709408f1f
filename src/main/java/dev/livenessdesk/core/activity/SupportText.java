package dev.livenessdesk.core.activity;

import dev.livenessdesk.core.images.StoredImage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * "Copy for AWS Support": one plain text with what a support case about a session needs: the session id, region,
 * account, the desk's version, every event as CloudTrail recorded it, what S3 holds for the session and the clock
 * offset the setup check measured. Never an image. Control characters of outside text are made visible, so a
 * record cannot rewrite the lines around it when pasted.
 */
public final class SupportText {

    private SupportText() {
    }

    /**
     * @param account     the account id, when known
     * @param deskVersion the desk's version
     * @param s3Objects   the session's objects in S3 (empty when none or not looked up)
     * @param s3Note      what to say instead when S3 was not listed (no bucket recorded, listing failed)
     * @param clockOffset this computer's clock against AWS's, when the setup check measured it
     */
    public static String of(SessionTimeline timeline, String region, Optional<String> account, String deskVersion,
                            List<StoredImage> s3Objects, Optional<String> s3Note, Optional<Duration> clockOffset) {
        StringBuilder text = new StringBuilder();
        line(text, ActivityWords.get("support.title"));
        line(text, ActivityWords.get("support.session", timeline.sessionId()));
        line(text, ActivityWords.get("support.region", region));
        line(text, ActivityWords.get("support.account", account.or(() -> accountOf(timeline))
                .orElse(ActivityWords.get("support.unknown"))));
        line(text, ActivityWords.get("support.version", deskVersion));
        line(text, ActivityWords.get("support.window", timeline.window().from().toString(),
                timeline.window().to().toString(), timeline.source()));
        line(text, ActivityWords.get("support.clock", clockOffset.map(SupportText::offset)
                .orElse(ActivityWords.get("support.clock.unmeasured"))));
        line(text, ActivityWords.get("support.outcome", visible(timeline.verdictLine())));
        text.append('\n');
        line(text, ActivityWords.get("support.events", timeline.events().size()));
        for (TrailEvent event : timeline.events()) {
            line(text, "--- " + event.time() + " " + event.call().eventName() + " " + visible(event.eventId()));
            line(text, visible(event.rawRecord()));
        }
        if (!timeline.end().whole()) {
            line(text, ActivityWords.get("support.notWhole", timeline.end().stoppedBy()
                    .map(error -> visible(error.fullText())).orElse("")));
        }
        text.append('\n');
        line(text, ActivityWords.get("support.s3", s3Objects.size()));
        s3Note.ifPresent(note -> line(text, visible(note)));
        for (StoredImage object : s3Objects) {
            line(text, ActivityWords.get("support.s3.object", visible(object.location().uri()),
                    object.sizeBytes(), object.lastModified() == null ? "" : object.lastModified().toString(),
                    object.location().version().map(SupportText::visible)
                            .orElse(ActivityWords.get("support.s3.noVersion"))));
        }
        line(text, ActivityWords.get("support.noImages"));
        return text.toString();
    }

    /** Outside text with its control characters shown as \\u escapes (tabs and line breaks too): one line each. */
    public static String visible(String outside) {
        if (outside == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(outside.length());
        outside.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** The account in the callers' ARNs ({@code arn:aws:sts::111122223333:assumed-role/...}), when they name one. */
    static Optional<String> accountOf(SessionTimeline timeline) {
        for (TrailEvent event : timeline.events()) {
            String[] parts = event.caller().split(":", 6);
            if (parts.length >= 5 && "arn".equals(parts[0]) && parts[4].matches("\\d{12}")) {
                return Optional.of(parts[4]);
            }
        }
        return Optional.empty();
    }

    private static String offset(Duration ahead) {
        long millis = ahead.toMillis();
        return ActivityWords.get(millis >= 0 ? "support.clock.ahead" : "support.clock.behind",
                Math.abs(millis) / 1000.0);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
