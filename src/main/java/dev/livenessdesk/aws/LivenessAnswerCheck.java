package dev.livenessdesk.aws;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.session.SessionIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.rekognition.model.AuditImage;
import software.amazon.awssdk.services.rekognition.model.BoundingBox;
import software.amazon.awssdk.services.rekognition.model.CreateFaceLivenessSessionResponse;
import software.amazon.awssdk.services.rekognition.model.GetFaceLivenessSessionResultsResponse;

/**
 * Checks a Face Liveness answer against the service model before anything shows it: a session id that is a
 * session id (and the one asked about), a status, a confidence from 0 to 100, bounding box numbers that are
 * ratios. Returns what is wrong in words, or nothing.
 */
final class LivenessAnswerCheck {

    // A status newer than this SDK is still shown as sent (LIVENESS-API.md), so the check is on the enum's shape.
    private static final Pattern STATUS_SHAPE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final int QUOTED_MAX = 60;

    private LivenessAnswerCheck() {
    }

    static Optional<String> problemOf(CreateFaceLivenessSessionResponse answer) {
        String id = answer.sessionId();
        if (id == null || id.isEmpty()) {
            return Optional.of(AwsErrorWords.get("answer.reason.missing", "SessionId"));
        }
        if (!SessionIds.isValid(id)) {
            return Optional.of(AwsErrorWords.get("answer.reason.sessionId", quoted(id)));
        }
        return Optional.empty();
    }

    static Optional<String> problemOf(GetFaceLivenessSessionResultsResponse answer, String requestedId) {
        // The service model makes SessionId and Status required in this answer, as SessionId in Create's.
        String id = answer.sessionId();
        if (id == null || id.isEmpty()) {
            return Optional.of(AwsErrorWords.get("answer.reason.missing", "SessionId"));
        }
        if (!SessionIds.isValid(id)) {
            return Optional.of(AwsErrorWords.get("answer.reason.sessionId", quoted(id)));
        }
        if (!id.equals(requestedId)) {
            return Optional.of(AwsErrorWords.get("answer.reason.otherSession", id, requestedId));
        }
        String status = answer.statusAsString();
        if (status == null || status.isEmpty()) {
            return Optional.of(AwsErrorWords.get("answer.reason.missing", "Status"));
        }
        if (!STATUS_SHAPE.matcher(status).matches()) {
            return Optional.of(AwsErrorWords.get("answer.reason.status", quoted(status)));
        }
        Float confidence = answer.confidence();
        if (confidence != null && !(confidence >= 0f && confidence <= 100f)) {
            return Optional.of(AwsErrorWords.get("answer.reason.confidence", String.valueOf(confidence)));
        }
        List<Optional<String>> boxes = new ArrayList<>();
        if (answer.referenceImage() != null) {
            boxes.add(boxProblem(AwsErrorWords.get("answer.image.reference"), answer.referenceImage()));
        }
        if (answer.hasAuditImages()) {
            int index = 0;
            for (AuditImage image : answer.auditImages()) {
                index++;
                if (image != null) {
                    boxes.add(boxProblem(AwsErrorWords.get("answer.image.audit", index), image));
                }
            }
        }
        return boxes.stream().flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> boxProblem(String image, AuditImage picture) {
        BoundingBox box = picture.boundingBox();
        if (box == null) {
            return Optional.empty();
        }
        // Width and height are ratios of the image; a box may hang over an edge, so left and top may be below 0.
        return ratio(image, "Width", box.width(), 0, 1)
                .or(() -> ratio(image, "Height", box.height(), 0, 1))
                .or(() -> ratio(image, "Left", box.left(), -1, 1))
                .or(() -> ratio(image, "Top", box.top(), -1, 1));
    }

    private static Optional<String> ratio(String image, String member, Float value, float min, float max) {
        if (value == null || value >= min && value <= max) {
            return Optional.empty();
        }
        return Optional.of(AwsErrorWords.get("answer.reason.box", image, member, String.valueOf(value),
                String.valueOf((int) min), String.valueOf((int) max)));
    }

    /** A value the server sent, cut short and with its control characters visible: it is not to be trusted. */
    private static String quoted(String value) {
        String shown = VisibleText.of(value.length() > QUOTED_MAX ? value.substring(0, QUOTED_MAX) + "\u2026" : value);
        return "\u201c" + shown + "\u201d";
    }
}
