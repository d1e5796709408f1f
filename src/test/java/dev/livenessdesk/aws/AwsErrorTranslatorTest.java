package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;

/** What a user reads when AWS fails: real SDK exceptions from real answers of the stand-in. */
class AwsErrorTranslatorTest {

    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String REQUEST_ID = "5b2c7e1a-0000-4000-8000-00000000abcd";

    private RekognitionStandIn standIn;
    private AwsClients clients;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    @Test
    void accessDeniedNamesTheIamActionThatIsMissing() {
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.error(400, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/desk is not authorized").withRequestId(REQUEST_ID));

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(error.message()).isEqualTo("Your credentials lack rekognition:CreateFaceLivenessSession.");
        assertThat(error.nextStep()).contains("rekognition:CreateFaceLivenessSession").contains("us-east-1");
        assertThat(error.awsCode()).hasValue("AccessDeniedException");
        assertThat(error.requestId()).hasValue(REQUEST_ID);
        assertThat(error.httpStatus()).isEqualTo(400);
        assertThat(error.detail()).hasValue("User: arn:aws:iam::123456789012:user/desk is not authorized");
        assertThat(error.ticketDetails())
                .isEqualTo("Code: AccessDeniedException | HTTP 400 | Request id: " + REQUEST_ID);
    }

    @Test
    void accessDeniedOnResultsNamesTheResultsAction() {
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "AccessDeniedException", "not authorized");

        ServiceError error = resultsFail(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(error.message()).contains("rekognition:GetFaceLivenessSessionResults");
    }

    @Test
    void anInvalidParameterKeepsTheServicesOwnWords() {
        String serviceWords = "The S3 bucket must be in the same region as the Rekognition endpoint";
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.error(400, "InvalidParameterException", serviceWords)
                .withRequestId(REQUEST_ID));

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
        assertThat(error.message()).contains(serviceWords);
        assertThat(error.nextStep()).contains("same region").contains("your account");
        assertThat(error.awsCode()).hasValue("InvalidParameterException");
        assertThat(error.requestId()).hasValue(REQUEST_ID);
        assertThat(error.detail()).hasValue(serviceWords);
    }

    @Test
    void throttlingSaysToWaitOrAskForMoreQuota() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "ThrottlingException", "Rate exceeded");

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(error.message()).contains("ThrottlingException").contains("retried 0 times");
        assertThat(error.nextStep()).contains("Wait a minute").contains("quota increase");
        assertThat(error.awsCode()).hasValue("ThrottlingException");
        assertThat(error.detail()).hasValue("Rate exceeded");
    }

    @Test
    void exceededThroughputIsThrottlingToo() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "ProvisionedThroughputExceededException",
                "Provisioned rate exceeded");

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(error.awsCode()).hasValue("ProvisionedThroughputExceededException");
    }

    @Test
    void anInternalErrorSaysTryAgain() {
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.error(500, "InternalServerError", "Internal error")
                .withRequestId(REQUEST_ID));

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.SERVICE_ERROR);
        assertThat(error.nextStep()).contains("Try again");
        assertThat(error.awsCode()).hasValue("InternalServerError");
        assertThat(error.httpStatus()).isEqualTo(500);
        assertThat(error.requestId()).hasValue(REQUEST_ID);
    }

    @Test
    void aSessionNotFoundPointsAtTheRegionAndTheId() {
        standIn.enqueue(RekognitionStandIn.GET_RESULTS, StandInReply.error(400, "SessionNotFoundException",
                "Session not found").withRequestId(REQUEST_ID));

        ServiceError error = resultsFail(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.SESSION_NOT_FOUND);
        assertThat(error.message()).contains("us-east-1");
        assertThat(error.nextStep()).contains("region that created it").contains("3 minutes");
        assertThat(error.awsCode()).hasValue("SessionNotFoundException");
        assertThat(error.requestId()).hasValue(REQUEST_ID);
    }

    @Test
    void accessDeniedInARegionWithoutFaceLivenessIsARegionProblem() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "AccessDeniedException", "not authorized");
        SessionSettings inOhio = settingsIn("us-east-2");

        ServiceError error = failureOf(() -> new RekognitionLivenessSessions(clients, standIn.connection("us-east-2"))
                .create(inOhio));

        assertThat(error.kind()).isEqualTo(ErrorKind.REGION_NOT_SUPPORTED);
        assertThat(error.message()).isEqualTo("Face Liveness is not offered in us-east-2: pick one of us-east-1, "
                + "us-west-2, eu-west-1, ap-south-1, ap-northeast-1, ap-southeast-5, ap-southeast-7, sa-east-1.");
        assertThat(error.awsCode()).hasValue("AccessDeniedException");
    }

    @Test
    void anUnrecognizedClientInARegionWithoutFaceLivenessIsARegionProblemToo() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "UnrecognizedClientException", "invalid token");

        ServiceError error = failureOf(() -> new RekognitionLivenessSessions(clients, standIn.connection("eu-north-1"))
                .create(settingsIn("eu-north-1")));

        assertThat(error.kind()).isEqualTo(ErrorKind.REGION_NOT_SUPPORTED);
        assertThat(error.message()).contains("eu-north-1");
    }

    @Test
    void expiredOrUnknownKeysSayTheCredentialsAreNotAccepted() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "ExpiredTokenException",
                "The security token included in the request is expired");
        ConnectionSettings work = standIn.connection().withProfile(Optional.of("work"));

        ServiceError error = createFails(work);

        assertThat(error.kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
        assertThat(error.message()).contains("profile work").contains("expired or wrong");
        assertThat(error.nextStep()).contains("aws sso login --profile work");
        assertThat(error.awsCode()).hasValue("ExpiredTokenException");
    }

    @Test
    void anExpiredSignatureMeansTheClockIsWrong() {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "InvalidSignatureException",
                "Signature expired: 20250301T101530Z is now earlier than 20250301T102030Z (20250301T103530Z - 15 min.)");

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.CLOCK_SKEW);
        assertThat(error.message()).contains("clock");
        assertThat(error.nextStep()).contains("Fix the computer clock");
        assertThat(error.awsCode()).hasValue("InvalidSignatureException");
    }

    @Test
    void aSkewedRequestTimeMeansTheClockIsWrong() {
        standIn.failWith(RekognitionStandIn.CREATE, 403, "RequestTimeTooSkewed", "The difference is too large");

        assertThat(createFails(standIn.connection()).kind()).isEqualTo(ErrorKind.CLOCK_SKEW);
    }

    @Test
    void aSignatureMismatchPointsAtTheSecretKey() {
        standIn.failWith(RekognitionStandIn.CREATE, 403, "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided.");

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
        assertThat(error.message()).contains("secret access key");
    }

    @Test
    void anErrorThisAppDoesNotKnowKeepsTheServicesMessage() {
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.error(400, "BrandNewException",
                "Something the service just learned to say").withRequestId(REQUEST_ID));

        ServiceError error = createFails(standIn.connection());

        assertThat(error.kind()).isEqualTo(ErrorKind.UNKNOWN);
        assertThat(error.message()).contains("BrandNewException").contains("Something the service just learned to say");
        assertThat(error.code()).isEqualTo("BrandNewException");
        assertThat(error.requestId()).hasValue(REQUEST_ID);
    }

    @Test
    void aRefusedConnectionNamesTheEndpoint() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePort());
        ConnectionSettings connection = new ConnectionSettings(Optional.empty(), "us-east-1",
                Optional.of(nobodyListens), Optional.empty());

        ServiceError error = createFails(connection);

        assertThat(error.kind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(error.message()).isEqualTo("Could not reach " + nobodyListens + ".");
        assertThat(error.nextStep()).contains("proxy").contains("VPN").contains("--endpoint-url")
                .contains("AWS_ENDPOINT_URL_REKOGNITION");
        assertThat(error.code()).isEqualTo("NETWORK_ERROR");
        assertThat(error.httpStatus()).isZero();
    }

    @Test
    void anAnswerThatNeverComesIsATimeout() {
        CountDownLatch never = new CountDownLatch(1);
        standIn.enqueue(RekognitionStandIn.CREATE, StandInReply.ok("{}").heldUntil(never));
        AwsClientOptions impatient = RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(600));

        try (AwsClients impatientClients = new AwsClients(impatient)) {
            ServiceError error = failureOf(() -> new RekognitionLivenessSessions(impatientClients,
                    standIn.connection()).create(settingsIn("us-east-1")));

            assertThat(error.kind()).isEqualTo(ErrorKind.NETWORK);
            assertThat(error.message()).isEqualTo(standIn.uri()
                    + " did not answer within 0.6 seconds (1 attempt of up to 0.3 seconds each).");
        } finally {
            never.countDown();
        }
    }

    @Test
    void aProfileWithoutCredentialsSaysWhichProfileAndHowToFixIt(@TempDir Path home) throws IOException {
        Path config = Files.writeString(home.resolve("config"), "[profile other]\nregion = eu-west-1\n");
        ProfileCredentialsProvider missing = ProfileCredentialsProvider.builder()
                .profileFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .profileName("nobody").build();
        ConnectionSettings nobody = standIn.connection().withProfile(Optional.of("nobody"));

        try (AwsClients noKeys = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withCredentials(missing))) {
            ServiceError error = failureOf(() -> new RekognitionLivenessSessions(noKeys, nobody)
                    .create(settingsIn("us-east-1")));

            assertThat(error.kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
            assertThat(error.message()).isEqualTo("No AWS credentials were found for profile nobody.");
            assertThat(error.nextStep()).contains("AWS_PROFILE").contains("aws configure");
            assertThat(error.code()).isEqualTo("NO_CREDENTIALS");
        }
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void anSsoProfileWithoutSignInAsksForAwsSsoLogin(@TempDir Path home) throws IOException {
        Path config = Files.writeString(home.resolve("config"), """
                [profile sso-dev]
                sso_session = desk-sso
                sso_account_id = 123456789012
                sso_role_name = LivenessTester
                region = us-east-1

                [sso-session desk-sso]
                sso_start_url = https://liveness-desk-test-%s.awsapps.invalid/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """.formatted(Long.toHexString(System.nanoTime())));
        ProfileCredentialsProvider sso = ProfileCredentialsProvider.builder()
                .profileFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .profileName("sso-dev").build();
        ConnectionSettings ssoDev = standIn.connection().withProfile(Optional.of("sso-dev"));

        try (AwsClients ssoClients = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withCredentials(sso))) {
            ServiceError error = failureOf(() -> new RekognitionLivenessSessions(ssoClients, ssoDev)
                    .create(settingsIn("us-east-1")));

            assertThat(error.kind()).isEqualTo(ErrorKind.SSO_SIGN_IN_NEEDED);
            assertThat(error.nextStep()).contains("aws sso login --profile sso-dev");
        }
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void anUnknownHostInARegionWithoutFaceLivenessIsARegionProblem() {
        SdkClientException noSuchHost = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new UnknownHostException("rekognition.eu-south-2.amazonaws.com")).build();

        ServiceError error = AwsErrorTranslator.translate(noSuchHost, RekognitionLivenessSessions.CREATE_ACTION,
                ConnectionSettings.of(null, "eu-south-2"));

        assertThat(error.kind()).isEqualTo(ErrorKind.REGION_NOT_SUPPORTED);
        assertThat(error.message()).startsWith("Face Liveness is not offered in eu-south-2");
    }

    @Test
    void anUnknownHostInASupportedRegionIsANetworkProblemNamingTheEndpoint() {
        SdkClientException noSuchHost = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new UnknownHostException("rekognition.us-west-2.amazonaws.com")).build();

        ServiceError error = AwsErrorTranslator.translate(noSuchHost, RekognitionLivenessSessions.CREATE_ACTION,
                ConnectionSettings.of("work", "us-west-2"));

        assertThat(error.kind()).isEqualTo(ErrorKind.NETWORK);
        assertThat(error.message()).isEqualTo("Could not reach https://rekognition.us-west-2.amazonaws.com.");
    }

    @Test
    void anS3CallNamesTheS3Endpoint() {
        SdkClientException refused = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new java.net.ConnectException("Connection refused")).build();

        ServiceError error = AwsErrorTranslator.translate(refused, "s3:ListBucket",
                ConnectionSettings.of(null, "eu-west-1"));

        assertThat(error.message()).isEqualTo("Could not reach https://s3.eu-west-1.amazonaws.com.");
    }

    @Test
    void anAbortedCallIsCancelled() {
        ServiceError error = AwsErrorTranslator.translate(AbortedException.builder().message("Thread interrupted")
                .build(), RekognitionLivenessSessions.CREATE_ACTION, ConnectionSettings.of(null, "us-east-1"));

        assertThat(error.kind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(error.code()).isEqualTo("CANCELLED");
    }

    @Test
    void aServiceExceptionPassesThroughUnchanged() {
        ServiceError original = ServiceError.of(ErrorKind.NO_SUCH_BUCKET, "No bucket", "Check it");

        assertThat(AwsErrorTranslator.translate(new ServiceException(original), "s3:ListBucket",
                ConnectionSettings.of(null, "us-east-1"))).isSameAs(original);
    }

    private ServiceError createFails(ConnectionSettings connection) {
        LivenessSessions sessions = new RekognitionLivenessSessions(clients, connection);
        return failureOf(() -> sessions.create(settingsIn(connection.region())));
    }

    private ServiceError resultsFail(ConnectionSettings connection) {
        LivenessSessions sessions = new RekognitionLivenessSessions(clients, connection);
        return failureOf(() -> sessions.results(SESSION_ID));
    }

    private static ServiceError failureOf(PortCall call) {
        ServiceException thrown = catchThrowableOfType(ServiceException.class, call::run);
        assertThat(thrown).as("the call should have failed").isNotNull();
        return thrown.error();
    }

    private static SessionSettings settingsIn(String region) {
        return new SessionSettings(region, Optional.empty(), "", 0, Optional.empty(), ChallengeType.DEFAULT,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @FunctionalInterface
    private interface PortCall {
        void run() throws ServiceException;
    }
}
