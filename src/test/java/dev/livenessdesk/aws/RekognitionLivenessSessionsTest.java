package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.FailedAttempt;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.testsupport.RecordedRequest;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real SDK client against the Rekognition stand-in: what goes over the wire and what comes back. */
class RekognitionLivenessSessionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private RekognitionLivenessSessions sessions;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        sessions = new RekognitionLivenessSessions(clients, standIn.connection(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    @Test
    void aFullFormSendsEveryMemberTheUserGave() throws Exception {
        standIn.respondCreated(SESSION_ID);
        SessionSettings settings = new SessionSettings("us-east-1", Optional.of("liveness-bucket"), "checks/2025/",
                4, Optional.of("alias/liveness"), ChallengeType.FACE_MOVEMENT, Optional.of("1.0.0"),
                Optional.of("2.1.0"), Optional.of("ticket-4711"));

        CreatedSession created = sessions.create(settings);

        RecordedRequest request = standIn.lastRequest(RekognitionStandIn.CREATE);
        assertThat(request.target()).isEqualTo("RekognitionService.CreateFaceLivenessSession");
        assertThat(request.body()).isEqualTo(JSON.readTree("""
                {"KmsKeyId": "alias/liveness",
                 "ClientRequestToken": "ticket-4711",
                 "Settings": {
                   "OutputConfig": {"S3Bucket": "liveness-bucket", "S3KeyPrefix": "checks/2025/"},
                   "AuditImagesLimit": 4,
                   "ChallengePreferences": [
                     {"Type": "FaceMovementChallenge", "Versions": {"Minimum": "1.0.0", "Maximum": "2.1.0"}}]}}
                """));
        assertThat(created.sessionId()).isEqualTo(SESSION_ID);
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.settings()).isEqualTo(settings);
    }

    @Test
    void aMinimalFormSendsNothingButTheDefaults() throws Exception {
        SessionSettings settings = new SessionSettings("us-east-1", Optional.empty(), "", 0, Optional.empty(),
                ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());

        CreatedSession created = sessions.create(settings);

        RecordedRequest request = standIn.lastRequest(RekognitionStandIn.CREATE);
        assertThat(request.body()).isEqualTo(JSON.readTree("{}"));
        assertThat(request.header("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(created.sessionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void aBucketWithoutPrefixAndTheDefaultChallengeWithAVersionSendOnlyThose() throws Exception {
        SessionSettings settings = new SessionSettings("us-east-1", Optional.of("liveness-bucket"), "", 0,
                Optional.empty(), ChallengeType.FACE_MOVEMENT_AND_LIGHT, Optional.empty(), Optional.of("1.2.0"),
                Optional.empty());

        sessions.create(settings);

        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).body()).isEqualTo(JSON.readTree("""
                {"Settings": {
                   "OutputConfig": {"S3Bucket": "liveness-bucket"},
                   "ChallengePreferences": [
                     {"Type": "FaceMovementAndLightChallenge", "Versions": {"Maximum": "1.2.0"}}]}}
                """));
    }

    @Test
    void requestsAreSignedForRekognitionWithTheConnectionsKeys() throws Exception {
        sessions.create(minimalSettings());

        String authorization = standIn.lastRequest(RekognitionStandIn.CREATE).header("Authorization").orElseThrow();
        assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/rekognition/aws4_request")
                .contains("SignedHeaders=").contains("Signature=");
    }

    @Test
    void theSessionIsCreatedInTheRegionTheFormChose() throws Exception {
        SessionSettings inWest = new SessionSettings("us-west-2", Optional.empty(), "", 0, Optional.empty(),
                ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());

        sessions.create(inWest);

        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).header("Authorization").orElseThrow())
                .contains("/us-west-2/rekognition/aws4_request");
    }

    @Test
    void eachAttemptIsReportedWithWhyThePreviousOneFailed() throws Exception {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "ThrottlingException", "Rate exceeded");
        standIn.respondCreated(SESSION_ID);
        List<String> heard = new ArrayList<>();
        List<ErrorKind> kinds = new ArrayList<>();
        AttemptListener listener = (attempt, max, previous) -> {
            kinds.add(previous == null ? null : previous.kind());
            heard.add(attempt + "/" + max + " "
                    + (previous == null ? null : previous.code()));
        };

        try (AwsClients retrying = RekognitionStandIn.clients(RekognitionStandIn.fastRetries(3))) {
            CreatedSession created = new RekognitionLivenessSessions(retrying, standIn.connection())
                    .create(minimalSettings(), listener);

            assertThat(created.sessionId()).isEqualTo(SESSION_ID);
        }
        assertThat(heard).containsExactly("1/3 null", "2/3 ThrottlingException");
        assertThat(kinds).containsExactly(null, ErrorKind.THROTTLED);
        assertThat(standIn.requests(RekognitionStandIn.CREATE)).hasSize(2);
    }

    @Test
    void aFailureWithoutAnswerIsReportedAsANetworkFailure() throws Exception {
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.error(503, "ServiceUnavailableException", "busy")
                .withErrorTypeHeader("ServiceUnavailableException:http://internal.amazon.com/coral/"));
        standIn.respondCreated(SESSION_ID);
        List<FailedAttempt> previousFailures = new ArrayList<>();

        try (AwsClients retrying = RekognitionStandIn.clients(RekognitionStandIn.fastRetries(4))) {
            new RekognitionLivenessSessions(retrying, standIn.connection())
                    .create(minimalSettings(), (attempt, max, previous) -> previousFailures.add(previous));
        }
        assertThat(previousFailures).extracting(previous -> previous == null ? null : previous.code())
                .containsExactly(null, "ServiceUnavailableException");
        assertThat(previousFailures.get(1).kind()).isEqualTo(ErrorKind.SERVICE_ERROR);
    }

    @Test
    void aThrottledCallThatNeverRecoversSaysHowOftenTheAppRetried() {
        for (int i = 0; i < 3; i++) {
            standIn.failWith(RekognitionStandIn.CREATE, 400, "ThrottlingException", "Rate exceeded");
        }
        try (AwsClients retrying = RekognitionStandIn.clients(RekognitionStandIn.fastRetries(3))) {
            RekognitionLivenessSessions retryingSessions = new RekognitionLivenessSessions(retrying,
                    standIn.connection());

            assertThatThrownBy(() -> retryingSessions.create(minimalSettings()))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.error().kind()).isEqualTo(ErrorKind.THROTTLED);
                        assertThat(e.error().message()).contains("retried 2 times");
                    });
        }
    }

    @Test
    void interruptingTheWorkerEndsTheCallAsCancelled() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.ok("{\"SessionId\":\"" + SESSION_ID + "\"}")
                .heldUntil(answer));
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            try {
                sessions.create(minimalSettings());
                return null;
            } catch (ServiceException e) {
                return e;
            }
        });

        standIn.awaitRequests(1);
        worker.get().interrupt();
        answer.countDown();

        assertThat(outcome.get()).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.error().kind()).isEqualTo(ErrorKind.CANCELLED));
    }

    @Test
    void anAlreadyInterruptedWorkerSendsNothing() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> sessions.create(minimalSettings()))
                    .isInstanceOfSatisfying(ServiceException.class,
                            e -> assertThat(e.error().kind()).isEqualTo(ErrorKind.CANCELLED));
        } finally {
            Thread.interrupted();
        }
        assertThat(standIn.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATED", "IN_PROGRESS", "SUCCEEDED", "FAILED", "EXPIRED"})
    void everyKnownStatusIsMapped(String status) throws Exception {
        standIn.respondResults("{\"SessionId\":\"" + SESSION_ID + "\",\"Status\":\"" + status + "\"}");

        SessionResults results = sessions.results(SESSION_ID);

        assertThat(results.status()).isEqualTo(SessionStatus.valueOf(status));
        assertThat(results.displayStatus()).isEqualTo(status);
        assertThat(results.sessionId()).isEqualTo(SESSION_ID);
        RecordedRequest request = standIn.lastRequest(RekognitionStandIn.GET_RESULTS);
        assertThat(request.target()).isEqualTo("RekognitionService.GetFaceLivenessSessionResults");
        assertThat(request.body()).isEqualTo(JSON.createObjectNode().put("SessionId", SESSION_ID));
    }

    @Test
    void aStatusNewerThanThisAppIsShownAsSent() throws Exception {
        standIn.respondResults("{\"SessionId\":\"" + SESSION_ID + "\",\"Status\":\"UNDER_REVIEW\"}");

        SessionResults results = sessions.results(SESSION_ID);

        assertThat(results.status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(results.displayStatus()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void imagesStoredInS3ComeBackAsTheirAuthoritativeKeys() throws Exception {
        standIn.respondResults("""
                {"SessionId": "%s", "Status": "SUCCEEDED", "Confidence": 98.25,
                 "ReferenceImage": {
                   "S3Object": {"Bucket": "liveness-bucket", "Name": "checks/%s/reference.jpg", "Version": "v7"},
                   "BoundingBox": {"Width": 0.5, "Height": 0.625, "Left": 0.25, "Top": 0.125}},
                 "AuditImages": [
                   {"S3Object": {"Bucket": "liveness-bucket", "Name": "checks/%s/audit_0.jpg"}},
                   {"S3Object": {"Bucket": "liveness-bucket", "Name": "checks/%s/audit_1.jpg"}}],
                 "Challenge": {"Type": "FaceMovementAndLightChallenge", "Version": "2.0.0"}}
                """.formatted(SESSION_ID, SESSION_ID, SESSION_ID, SESSION_ID));

        SessionResults results = sessions.results(SESSION_ID);

        assertThat(results.status()).isEqualTo(SessionStatus.SUCCEEDED);
        assertThat(results.confidence()).hasValue(98.25f);
        ResultImage reference = results.referenceImage().orElseThrow();
        assertThat(reference.kind()).isEqualTo(ImageKind.REFERENCE);
        assertThat(reference.s3Object()).hasValue(new S3Location("liveness-bucket",
                "checks/" + SESSION_ID + "/reference.jpg", Optional.of("v7")));
        assertThat(reference.bytes()).isEmpty();
        assertThat(reference.boundingBox()).hasValue(new BoundingBox(0.25, 0.125, 0.5, 0.625));
        assertThat(results.auditImages()).extracting(ResultImage::kind, ResultImage::auditIndex,
                        image -> image.s3Object().orElseThrow().key())
                .containsExactly(
                        tuple(ImageKind.AUDIT, 1, "checks/" + SESSION_ID + "/audit_0.jpg"),
                        tuple(ImageKind.AUDIT, 2, "checks/" + SESSION_ID + "/audit_1.jpg"));
        assertThat(results.auditImages().get(0).s3Object().orElseThrow().version()).isEmpty();
        assertThat(results.challengeType()).hasValue("FaceMovementAndLightChallenge");
        assertThat(results.challengeVersion()).hasValue("2.0.0");
    }

    @Test
    void imagesWithoutABucketComeBackAsBytes() throws Exception {
        byte[] reference = "reference-jpeg".getBytes(StandardCharsets.UTF_8);
        byte[] audit = "audit-jpeg".getBytes(StandardCharsets.UTF_8);
        JsonNode body = JSON.createObjectNode().put("SessionId", SESSION_ID).put("Status", "SUCCEEDED")
                .put("Confidence", 12.5)
                .<ObjectNode>set("ReferenceImage", JSON.createObjectNode()
                        .put("Bytes", Base64.getEncoder().encodeToString(reference)))
                .set("AuditImages", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("Bytes", Base64.getEncoder().encodeToString(audit))));
        standIn.respondResults(body);

        SessionResults results = sessions.results(SESSION_ID);

        assertThat(results.referenceImage().orElseThrow().bytes()).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(reference));
        assertThat(results.referenceImage().orElseThrow().s3Object()).isEmpty();
        assertThat(results.referenceImage().orElseThrow().boundingBox()).isEmpty();
        assertThat(results.auditImages()).singleElement().satisfies(image -> {
            assertThat(image.bytes()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(audit));
            assertThat(image.auditIndex()).isEqualTo(1);
        });
        assertThat(results.confidence()).hasValue(12.5f);
        assertThat(results.challengeType()).isEmpty();
    }

    @Test
    void aSessionThatHasNotRunYetHasNoImagesAndNoScore() throws Exception {
        SessionResults results = sessions.results(SESSION_ID);

        assertThat(results.status()).isEqualTo(SessionStatus.CREATED);
        assertThat(results.confidence()).isEmpty();
        assertThat(results.referenceImage()).isEmpty();
        assertThat(results.auditImages()).isEmpty();
    }

    private static SessionSettings minimalSettings() {
        return new SessionSettings("us-east-1", Optional.empty(), "", 0, Optional.empty(), ChallengeType.DEFAULT,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
