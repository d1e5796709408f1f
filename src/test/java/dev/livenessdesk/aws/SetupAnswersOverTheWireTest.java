package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.KmsKeyFacts;
import dev.livenessdesk.core.setup.PermissionDecision;
import dev.livenessdesk.core.setup.PermissionQuestion;
import dev.livenessdesk.core.setup.PublicAccessBlock;
import dev.livenessdesk.core.setup.ServiceClock;
import dev.livenessdesk.core.setup.Simulation;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.SetupStandIns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The setup answers through the real SDK clients to wire stand-ins of Rekognition, IAM, KMS and S3. */
class SetupAnswersOverTheWireTest {

    private static final String SSO_ROLE = "AWSReservedSSO_LivenessQA_0123456789abcdef";
    private static final String SSO_ROLE_ARN = "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/"
            + SSO_ROLE;

    private SetupStandIns standIns;
    private AwsClients clients;
    private AwsSetupAnswers answers;

    @BeforeEach
    void start() {
        standIns = new SetupStandIns();
        clients = RekognitionStandIn.clients();
        answers = standIns.answers(clients);
    }

    @AfterEach
    void stop() {
        clients.close();
        standIns.close();
    }

    @Test
    void theClockIsReadFromTheDateOfAResultsCallForASessionThatDoesNotExist() throws ServiceException {
        standIns.rekognition.failWith(RekognitionStandIn.GET_RESULTS, 400, "SessionNotFoundException",
                "Session not found");
        standIns.clock.offset(Duration.ofMinutes(10));

        ServiceClock clock = answers.serviceClock(standIns.connection());

        assertThat(clock.localAhead()).isBetween(Duration.ofMinutes(-10).minusSeconds(5),
                Duration.ofMinutes(-10).plusSeconds(5));
        assertThat(standIns.rekognition.requests()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("RekognitionService.GetFaceLivenessSessionResults");
            assertThat(request.body().path("SessionId").asText()).isEqualTo("00000000-0000-4000-8000-000000000000");
        });
    }

    @Test
    void simulatesEachResourceForTheCallersRoleWithTheExactQueryRequest() throws ServiceException {
        Simulation simulation = answers.simulate(standIns.connection(), standIns.sts.ARN, List.of(
                new PermissionQuestion(List.of("rekognition:CreateFaceLivenessSession",
                        "rekognition:GetFaceLivenessSessionResults"), "*", Optional.empty()),
                new PermissionQuestion(List.of("s3:ListBucket"), "arn:aws:s3:::liveness-good", Optional.of("qa/"))));

        assertThat(simulation.policySource()).isEqualTo(SetupStandIns.ROLE_ARN);
        assertThat(simulation.decisions()).extracting(PermissionDecision::action, PermissionDecision::allowed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rekognition:CreateFaceLivenessSession", true),
                        org.assertj.core.groups.Tuple.tuple("rekognition:GetFaceLivenessSessionResults", true),
                        org.assertj.core.groups.Tuple.tuple("s3:ListBucket", true));
        List<Map<String, String>> forms = standIns.iam.forms("SimulatePrincipalPolicy");
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0)).isEqualTo(Map.of("Action", "SimulatePrincipalPolicy", "Version", "2010-05-08",
                "PolicySourceArn", SetupStandIns.ROLE_ARN,
                "ActionNames.member.1", "rekognition:CreateFaceLivenessSession",
                "ActionNames.member.2", "rekognition:GetFaceLivenessSessionResults"));
        assertThat(forms.get(1)).isEqualTo(Map.of("Action", "SimulatePrincipalPolicy", "Version", "2010-05-08",
                "PolicySourceArn", SetupStandIns.ROLE_ARN,
                "ActionNames.member.1", "s3:ListBucket",
                "ResourceArns.member.1", "arn:aws:s3:::liveness-good",
                "ContextEntries.member.1.ContextKeyName", "s3:prefix",
                "ContextEntries.member.1.ContextKeyValues.member.1", "qa/",
                "ContextEntries.member.1.ContextKeyType", "string"));
    }

    @Test
    void anIdentityCenterRoleIsLookedUpForItsPathWhenTheShortArnIsUnknown() throws ServiceException {
        standIns.iam.role(SSO_ROLE, SSO_ROLE_ARN).allow(SSO_ROLE_ARN, Set.of("s3:PutObject"));

        Simulation simulation = answers.simulate(standIns.connection(),
                "arn:aws:sts::123456789012:assumed-role/" + SSO_ROLE + "/desk-user",
                List.of(new PermissionQuestion(List.of("s3:PutObject", "s3:GetObject"),
                        "arn:aws:s3:::liveness-good/qa/x", Optional.empty())));

        assertThat(simulation.policySource()).isEqualTo(SSO_ROLE_ARN);
        assertThat(simulation.decisions()).extracting(PermissionDecision::decision).containsExactly(
                PermissionDecision.Decision.ALLOWED, PermissionDecision.Decision.IMPLICIT_DENY);
        assertThat(standIns.iam.forms("GetRole")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("RoleName", SSO_ROLE));
    }

    @Test
    void aDeniedSimulationIsAccessDenied() {
        standIns.iam.denySimulation();

        assertThatThrownBy(() -> answers.simulate(standIns.connection(), standIns.sts.ARN, List.of(
                new PermissionQuestion(List.of("s3:ListBucket"), "*", Optional.empty()))))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED));
    }

    @Test
    void describesAKmsKeyByAliasWithTheExactJsonRequest() throws ServiceException {
        KmsKeyFacts key = answers.kmsKey(standIns.connection(), "alias/liveness");

        assertThat(key).isEqualTo(new KmsKeyFacts(standIns.keyArn, SetupStandIns.KEY_ID, "Enabled",
                "ENCRYPT_DECRYPT", "SYMMETRIC_DEFAULT"));
        assertThat(standIns.kms.requests()).singleElement().satisfies(request -> {
            assertThat(request.target()).isEqualTo("TrentService.DescribeKey");
            assertThat(request.header("Content-Type")).hasValue("application/x-amz-json-1.1");
            assertThat(request.rawBody()).isEqualTo("{\"KeyId\":\"alias/liveness\"}");
            assertThat(request.header("Authorization")).hasValueSatisfying(auth ->
                    assertThat(auth).contains("/us-east-1/kms/aws4_request"));
        });
        assertThatThrownBy(() -> answers.kmsKey(standIns.connection(), "alias/nothing"))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.error().kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void readsTheBucketSettingsS3MockDoesNotKeep() throws ServiceException {
        assertThat(answers.encryption(standIns.connection(), SetupStandIns.GOOD_BUCKET))
                .isEqualTo(new BucketEncryption(BucketEncryption.Kind.SSE_KMS, Optional.of(standIns.keyArn)));
        assertThat(answers.publicAccessBlock(standIns.connection(), SetupStandIns.GOOD_BUCKET))
                .contains(new PublicAccessBlock(true, true, true, true));
        var west = standIns.connection().withRegion("us-west-2");
        assertThat(answers.encryption(west, SetupStandIns.WEST_BUCKET)).isEqualTo(BucketEncryption.none());
        assertThat(answers.publicAccessBlock(west, SetupStandIns.WEST_BUCKET)).isEmpty();
        assertThat(answers.lifecycleRules(west, SetupStandIns.WEST_BUCKET)).isEmpty();
        assertThat(standIns.s3.requests()).contains(
                "GET /liveness-good?encryption (signed for us-east-1)",
                "GET /liveness-good?publicAccessBlock (signed for us-east-1)",
                "GET /liveness-west?encryption (signed for us-west-2)");
    }

    @Test
    void aBucketInAnotherRegionIsNamedByTheRedirectOfHeadBucket() throws ServiceException {
        assertThat(answers.bucketPlace(standIns.connection(), SetupStandIns.WEST_BUCKET))
                .isEqualTo(new BucketPlace("us-west-2", true));
        assertThat(standIns.s3.requests()).containsExactly("HEAD /liveness-west (signed for us-east-1)");
    }
}
