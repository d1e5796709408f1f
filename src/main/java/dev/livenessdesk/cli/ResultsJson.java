package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.SessionResults;

/**
 * A session's results as the envelope's data. Images are named by their S3 object, or by their size when they
 * came as bytes: biometric bytes are never printed. {@code feedback} is always a list (codes as the service sent
 * them) and {@code client_sdk} is null when no client was named, so scripts can rely on both keys.
 */
final class ResultsJson {

    private ResultsJson() {
    }

    static ObjectNode of(SessionResults results) {
        ObjectNode data = JsonEnvelope.NODES.objectNode()
                .put("id", results.sessionId())
                .put("status", results.displayStatus())
                .put("raw_status", results.rawStatus());
        results.confidence().ifPresent(confidence -> data.put("confidence", confidence));
        if (results.challengeType().isPresent() || results.challengeVersion().isPresent()) {
            ObjectNode challenge = data.putObject("challenge");
            results.challengeType().ifPresent(type -> challenge.put("type", type));
            results.challengeVersion().ifPresent(version -> challenge.put("version", version));
        }
        results.referenceImage().ifPresent(image -> data.set("reference_image", image(image)));
        ArrayNode audits = data.putArray("audit_images");
        results.auditImages().forEach(image -> audits.add(image(image)));
        ArrayNode feedback = data.putArray("feedback");
        results.feedback().forEach(item -> feedback.addObject().put("code", item.code())
                .put("message", item.message().isEmpty() ? null : item.message()));
        data.put("client_sdk", results.clientSdk().orElse(null));
        return data;
    }

    private static ObjectNode image(ResultImage image) {
        ObjectNode node = JsonEnvelope.NODES.objectNode();
        image.s3Object().ifPresent(location -> s3(node, location));
        image.bytes().ifPresent(bytes -> node.put("bytes", bytes.length));
        image.boundingBox().ifPresent(box -> node.set("bounding_box", box(box)));
        return node;
    }

    static void s3(ObjectNode node, S3Location location) {
        node.put("s3_uri", location.uri()).put("bucket", location.bucket()).put("key", location.key());
        location.version().ifPresent(version -> node.put("version", version));
    }

    private static ObjectNode box(BoundingBox box) {
        return JsonEnvelope.NODES.objectNode()
                .put("left", box.left()).put("top", box.top()).put("width", box.width()).put("height", box.height());
    }
}
