package dev.livenessdesk.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same contract the sandbox passes, run through the real SDK client against the Rekognition stand-in, which
 * answers GetFaceLivenessSessionResults the way the service documents it for each arranged state.
 */
class RekognitionLivenessSessionsContractTest extends LivenessSessionsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMALL_JPEG = Base64.getEncoder().encodeToString(jpeg());

    private static RekognitionStandIn standIn;
    private static AwsBackend backend;

    @BeforeAll
    static void startStandIn() {
        standIn = RekognitionStandIn.start();
        backend = new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(), new AwsProfileCatalog());
    }

    @AfterAll
    static void stopStandIn() {
        backend.close();
        standIn.close();
    }

    @Override
    protected LivenessSessions sessions() {
        return backend.livenessSessions(standIn.connection());
    }

    @Override
    protected void arrangeUnknownSession(String sessionId) {
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "SessionNotFoundException",
                "Session not found: " + sessionId);
    }

    @Override
    protected void arrange(CreatedSession session, Arranged arranged) {
        ObjectNode answer = JSON.createObjectNode().put("SessionId", session.sessionId());
        switch (arranged) {
            case NOT_STARTED -> answer.put("Status", "CREATED");
            case STARTED -> answer.put("Status", "IN_PROGRESS");
            case EXPIRED -> answer.put("Status", "EXPIRED");
            case SUCCEEDED_LIVE -> succeeded(answer, session, 97.25, session.settings().auditImagesLimit());
            case SUCCEEDED_SPOOF -> succeeded(answer, session, 8.5, session.settings().auditImagesLimit());
            case SUCCEEDED_POOR_CONDITIONS -> {
                succeeded(answer, session, 38.25, session.settings().auditImagesLimit() / 2);
                answer.putArray("Feedback")
                        .add(feedback("LOW_LIGHTING_DETECTED", "Low lighting detected."))
                        .add(feedback("FACE_NOT_ALIGNED", "Face not aligned with the oval."));
            }
            default -> throw new IllegalArgumentException(arranged.name());
        }
        standIn.respondResultsFor(session.sessionId(), answer);
    }

    private static void succeeded(ObjectNode answer, CreatedSession session, double confidence, int audited) {
        SessionSettings settings = session.settings();
        answer.put("Status", "SUCCEEDED").put("Confidence", confidence);
        answer.set("ReferenceImage", image(settings, session.sessionId(), "reference.jpg"));
        answer.putObject("Metadata").put("SDKType", "AmplifyUI-React");
        ArrayNode audits = answer.putArray("AuditImages");
        for (int i = 1; i <= audited; i++) {
            audits.add(image(settings, session.sessionId(), "audit_images/" + i + ".jpg"));
        }
        answer.putObject("Challenge").put("Type", settings.challengeType().wireName()).put("Version", "2.0.0");
    }

    private static ObjectNode feedback(String code, String message) {
        return JSON.createObjectNode().put("Code", code).put("Message", message);
    }

    private static ObjectNode image(SessionSettings settings, String sessionId, String name) {
        ObjectNode image = JSON.createObjectNode();
        if (settings.bucket().isPresent()) {
            image.putObject("S3Object").put("Bucket", settings.bucket().get())
                    .put("Name", settings.keyPrefix() + sessionId + "/" + name);
        } else {
            image.put("Bytes", SMALL_JPEG);
        }
        image.putObject("BoundingBox").put("Width", 0.4).put("Height", 0.5).put("Left", 0.3).put("Top", 0.2);
        return image;
    }

    private static byte[] jpeg() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(32, 40, BufferedImage.TYPE_INT_RGB), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
