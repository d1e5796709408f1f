package dev.livenessdesk.aws;

import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.rekognition.model.AuditImage;
import software.amazon.awssdk.services.rekognition.model.Challenge;
import software.amazon.awssdk.services.rekognition.model.GetFaceLivenessSessionResultsResponse;
import software.amazon.awssdk.services.rekognition.model.S3Object;
import software.amazon.awssdk.services.rekognition.model.SessionMetadata;

/**
 * GetFaceLivenessSessionResults to the core's SessionResults; the status and the feedback codes are kept as sent,
 * so values newer than this SDK (UNKNOWN_TO_SDK_VERSION) still read as the service wrote them.
 */
final class LivenessResultsMapper {

    private LivenessResultsMapper() {
    }

    static SessionResults toResults(GetFaceLivenessSessionResultsResponse response, String requestedId) {
        // statusAsString keeps a value newer than this SDK (UNKNOWN_TO_SDK_VERSION) readable for the user.
        String rawStatus = response.statusAsString() == null ? "" : response.statusAsString();
        List<ResultImage> audits = new ArrayList<>();
        if (response.hasAuditImages()) {
            for (AuditImage image : response.auditImages()) {
                audits.add(image(ImageKind.AUDIT, audits.size() + 1, image));
            }
        }
        Challenge challenge = response.challenge();
        return new SessionResults(
                response.sessionId() == null ? requestedId : response.sessionId(),
                SessionStatus.fromWire(rawStatus),
                rawStatus,
                Optional.ofNullable(response.confidence()),
                Optional.ofNullable(response.referenceImage()).map(image -> image(ImageKind.REFERENCE, 0, image)),
                audits,
                Optional.ofNullable(challenge).map(Challenge::typeAsString),
                Optional.ofNullable(challenge).map(Challenge::version),
                feedback(response),
                Optional.ofNullable(response.metadata()).map(SessionMetadata::sdkType));
    }

    private static List<FeedbackItem> feedback(GetFaceLivenessSessionResultsResponse response) {
        if (!response.hasFeedback()) {
            return List.of();
        }
        List<FeedbackItem> items = new ArrayList<>();
        for (software.amazon.awssdk.services.rekognition.model.FeedbackItem item : response.feedback()) {
            // codeAsString, not code(): a code newer than this SDK would otherwise read UNKNOWN_TO_SDK_VERSION.
            String code = item == null ? null : item.codeAsString();
            if (code != null && !code.isBlank()) {
                items.add(new FeedbackItem(code.strip(), item.message()));
            }
        }
        return items;
    }

    private static ResultImage image(ImageKind kind, int auditIndex, AuditImage image) {
        return new ResultImage(kind, auditIndex,
                Optional.ofNullable(image.s3Object()).flatMap(LivenessResultsMapper::location),
                Optional.ofNullable(image.bytes()).map(bytes -> bytes.asByteArray()),
                Optional.ofNullable(image.boundingBox()).map(LivenessResultsMapper::box));
    }

    private static Optional<S3Location> location(S3Object object) {
        if (object.bucket() == null || object.name() == null) {
            return Optional.empty();
        }
        return Optional.of(new S3Location(object.bucket(), object.name(), Optional.ofNullable(object.version())));
    }

    private static BoundingBox box(software.amazon.awssdk.services.rekognition.model.BoundingBox box) {
        return new BoundingBox(orZero(box.left()), orZero(box.top()), orZero(box.width()), orZero(box.height()));
    }

    /**
     * The service sends 32-bit floats: widening 0.2f gives 0.20000000298023224, so the value is taken as the
     * shortest decimal that reads back as the same float (0.2), which is what the service meant and what a
     * command line user should read.
     */
    private static double orZero(Float value) {
        return value == null ? 0 : Double.parseDouble(Float.toString(value));
    }
}
