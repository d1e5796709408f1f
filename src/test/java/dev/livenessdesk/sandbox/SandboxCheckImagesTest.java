package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.images.StoredImage;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Simulate a completed check": the images land where Rekognition would put them, and they are real JPEGs. */
class SandboxCheckImagesTest {

    /** GetFaceLivenessSessionResults never returns more bytes per image than this (service model). */
    private static final int MAX_RESULT_BYTES = 204_800;

    private SandboxBackend backend;
    private LivenessSessions sessions;

    @BeforeEach
    void startSandbox() {
        backend = new SandboxBackend(MutableClock.atNoon());
        sessions = backend.livenessSessions(ConnectionSettings.of("sandbox", "us-east-1"));
    }

    @Test
    void withABucketTheResultsPointAtObjectsTheImageStoreLists() throws Exception {
        CreatedSession session = sessions.create(settings("qa-liveness", "desk/", 3));

        backend.checkSimulator().orElseThrow().simulateCompletedCheck(session.sessionId(), true);

        SessionResults results = sessions.results(session.sessionId());
        String folder = "desk/" + session.sessionId() + "/";
        assertThat(results.referenceImage().orElseThrow().s3Object())
                .contains(new S3Location("qa-liveness", folder + "reference.jpg"));
        assertThat(results.auditImages()).extracting(image -> image.s3Object().orElseThrow().key())
                .containsExactly(folder + "audit/1.jpg", folder + "audit/2.jpg", folder + "audit/3.jpg");
        assertThat(results.auditImages()).allSatisfy(image -> assertThat(image.bytes()).isEmpty());

        var store = backend.imageStore(ConnectionSettings.of("sandbox", "us-east-1"));
        List<StoredImage> listed = store.imagesOf("qa-liveness", "desk/", session.sessionId());
        assertThat(listed).extracting(StoredImage::location).containsExactly(
                results.referenceImage().orElseThrow().s3Object().orElseThrow(),
                results.auditImages().get(0).s3Object().orElseThrow(),
                results.auditImages().get(1).s3Object().orElseThrow(),
                results.auditImages().get(2).s3Object().orElseThrow());
        assertThat(listed).extracting(StoredImage::label)
                .containsExactly("Reference", "Audit 1", "Audit 2", "Audit 3");
        assertThat(store.sessions("qa-liveness", "desk/", Optional.empty(), 10).items())
                .extracting(folderOf -> folderOf.sessionId()).containsExactly(session.sessionId());
        for (StoredImage image : listed) {
            assertIsSandboxPortrait(store.read(image.location()));
        }
    }

    @Test
    void anImageReadAgainIsTheSameObjectOfTheListedSize() throws Exception {
        CreatedSession session = sessions.create(settings("qa-liveness", "desk/", 2));
        backend.checkSimulator().orElseThrow().simulateCompletedCheck(session.sessionId(), true);
        var store = backend.imageStore(ConnectionSettings.of("sandbox", "us-east-1"));

        for (StoredImage image : store.imagesOf("qa-liveness", "desk/", session.sessionId())) {
            byte[] first = store.read(image.location());
            byte[] again = store.read(image.location());
            assertThat(again).as(image.label()).isEqualTo(first);
            assertThat((long) first.length).as(image.label()).isEqualTo(image.sizeBytes());
            first[100] ^= 0x55;
            assertThat(store.read(image.location())).as("a reader's copy is its own").isEqualTo(again);
        }
    }

    @Test
    void withoutABucketTheResultsCarryTheImagesAsBytes() throws Exception {
        CreatedSession session = sessions.create(settings(null, null, 2));

        backend.simulator().simulateCompletedCheck(session.sessionId(), false);

        SessionResults results = sessions.results(session.sessionId());
        assertThat(results.confidence()).contains(SandboxCheckSimulator.SPOOF_CONFIDENCE);
        List<ResultImage> images = new java.util.ArrayList<>(results.auditImages());
        images.add(0, results.referenceImage().orElseThrow());
        assertThat(images).extracting(ResultImage::kind)
                .containsExactly(ImageKind.REFERENCE, ImageKind.AUDIT, ImageKind.AUDIT);
        for (ResultImage image : images) {
            assertThat(image.s3Object()).isEmpty();
            byte[] jpeg = image.bytes().orElseThrow();
            assertThat(jpeg.length).isLessThanOrEqualTo(MAX_RESULT_BYTES);
            assertIsSandboxPortrait(jpeg);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void theNumberOfAuditImagesIsTheSessionsLimit(int limit) throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", "", limit));

        backend.simulator().simulateCompletedCheck(session.sessionId(), true);

        assertThat(sessions.results(session.sessionId()).auditImages()).hasSize(limit);
        assertThat(backend.images().imagesOf("qa-bucket", "", session.sessionId()))
                .filteredOn(image -> image.kind() == ImageKind.AUDIT).hasSize(limit);
    }

    @Test
    void theResultsReportTheChallengeTheSessionAskedFor() throws Exception {
        SessionSettings asked = new SessionSettingsValidator().validate(SessionDraft.builder().region("us-east-1")
                .challengeType("FaceMovementChallenge").challengeMinVersion("2.1.0").build()).settings().orElseThrow();
        CreatedSession session = sessions.create(asked);

        backend.simulator().simulateCompletedCheck(session.sessionId(), true);

        SessionResults results = sessions.results(session.sessionId());
        assertThat(results.challengeType()).contains("FaceMovementChallenge");
        assertThat(results.challengeVersion()).contains("2.1.0");
    }

    @Test
    void theBoundingBoxFramesTheDrawnFace() throws Exception {
        CreatedSession session = sessions.create(settings(null, null, 0));
        backend.simulator().simulateCompletedCheck(session.sessionId(), true);
        ResultImage reference = sessions.results(session.sessionId()).referenceImage().orElseThrow();

        BufferedImage image = decode(reference.bytes().orElseThrow());
        var box = reference.boundingBox().orElseThrow();
        int centreX = (int) ((box.left() + box.width() / 2) * image.getWidth());
        int centreY = (int) ((box.top() + box.height() / 2) * image.getHeight());

        // The middle of the face, between the eyes and the smile, is the avatar's warm yellow.
        Color middle = new Color(image.getRGB(centreX, centreY - 30));
        assertThat(middle.getRed()).isGreaterThan(200);
        assertThat(middle.getGreen()).isBetween(170, 240);
        assertThat(middle.getBlue()).isLessThan(140);
    }

    @Test
    void eachSessionHasItsOwnBackgroundColour() throws IOException {
        String first = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        String second = "7a9d0c11-2e3f-4a5b-9c8d-1e2f3a4b5c6d";

        Color one = new Color(decode(SandboxPortraits.draw(first, "Reference", 0).jpeg()).getRGB(5, 300));
        Color two = new Color(decode(SandboxPortraits.draw(second, "Reference", 0).jpeg()).getRGB(5, 300));
        Color oneAgain = new Color(decode(SandboxPortraits.draw(first, "Audit 1", 1).jpeg()).getRGB(5, 300));

        assertThat(distance(one, two)).isGreaterThan(40);
        assertThat(distance(one, oneAgain)).isLessThan(12);
    }

    @Test
    void changingTheReturnedBytesDoesNotChangeTheSession() throws Exception {
        CreatedSession session = sessions.create(settings(null, null, 0));
        backend.simulator().simulateCompletedCheck(session.sessionId(), true);
        byte[] first = sessions.results(session.sessionId()).referenceImage().orElseThrow().bytes().orElseThrow();
        byte[] original = first.clone();

        first[0] = 0;

        assertThat(sessions.results(session.sessionId()).referenceImage().orElseThrow().bytes())
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(original));
    }

    private static void assertIsSandboxPortrait(byte[] jpeg) throws IOException {
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        BufferedImage image = decode(jpeg);
        assertThat(image.getWidth()).isEqualTo(SandboxPortraits.WIDTH).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(SandboxPortraits.HEIGHT).isEqualTo(640);
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image).as("ImageIO decodes the JPEG").isNotNull();
        return image;
    }

    private static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static SessionSettings settings(String bucket, String prefix, int auditImagesLimit) {
        return new SessionSettingsValidator().validate(SessionDraft.builder().region("us-east-1").bucket(bucket)
                .keyPrefix(prefix).auditImagesLimit(auditImagesLimit).build()).settings().orElseThrow();
    }
}
