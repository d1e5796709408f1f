package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckRoleMissing;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StsStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.profiles.ProfileFile;

/** The page's credentials, scoped through the real STS client over HTTP to a local STS speaking awsQuery. */
class StsCheckCredentialsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG_TERM_KEY = "AKIALONGTERMUSERKEY1";
    private static final String LONG_TERM_SECRET = "long/term/secret/that/must/never/leave";
    private static final String ROLE = "arn:aws:iam::123456789012:role/LivenessCheck";
    private static final ConnectionSettings CONNECTION = ConnectionSettings.of("qa", "us-east-1");

    @TempDir
    Path home;
    private StsStandIn sts;
    private AwsClients clients;

    @BeforeEach
    void start() {
        sts = StsStandIn.start();
    }

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.close();
        }
        sts.close();
    }

    private StsCheckCredentials issuer(software.amazon.awssdk.auth.credentials.AwsCredentials signIn,
                                       String config, Map<String, String> environment) throws IOException {
        clients = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withCredentials(StaticCredentialsProvider.create(signIn)));
        Path file = Files.writeString(home.resolve("config"), config);
        return new StsCheckCredentials(clients,
                () -> ProfileFile.builder().content(file).type(ProfileFile.Type.CONFIGURATION).build(),
                environment, Optional.of(sts.uri()), Clock.systemUTC());
    }

    private static AwsBasicCredentials userKeys() {
        return AwsBasicCredentials.create(LONG_TERM_KEY, LONG_TERM_SECRET);
    }

    private static AwsSessionCredentials ssoCredentials() {
        return AwsSessionCredentials.builder().accessKeyId("ASIASSOUSERCURRENT").secretAccessKey("sso-secret")
                .sessionToken("sso-session-token").expirationTime(Instant.parse("2026-12-01T23:00:00Z")).build();
    }

    private static void assertOnlyStartFaceLivenessSession(String policy) throws IOException {
        JsonNode document = JSON.readTree(policy);
        assertThat(document.path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(document.path("Statement")).singleElement().satisfies(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(statement.path("Action").asText()).isEqualTo("rekognition:StartFaceLivenessSession");
            assertThat(statement.path("Resource").asText()).isEqualTo("*");
            assertThat(statement.has("NotAction")).isFalse();
        });
    }

    @Test
    void iamUserKeysGetAFederationTokenOfOnlyStartFaceLivenessSessionFor900Seconds() throws Exception {
        CheckCredentials given = issuer(userKeys(), "[profile qa]\nregion = us-east-1\n", Map.of())
                .issue(CONNECTION, false);

        Map<String, String> form = sts.forms().get(0);
        assertThat(sts.forms()).hasSize(1);
        assertThat(form).containsEntry("Action", "GetFederationToken").containsEntry("Version", "2011-06-15")
                .containsEntry("Name", "liveness-desk-check").containsEntry("DurationSeconds", "900")
                .containsOnlyKeys("Action", "Version", "Name", "Policy", "DurationSeconds");
        assertOnlyStartFaceLivenessSession(form.get("Policy"));
        assertThat(sts.authorizations().get(0)).contains("Credential=" + LONG_TERM_KEY + "/");
        assertThat(given.scope()).isEqualTo(CredentialScope.FEDERATION_TOKEN);
        assertThat(given.accessKeyId()).isEqualTo(StsStandIn.ISSUED_KEY_ID);
        assertThat(given.secretAccessKey()).isEqualTo(StsStandIn.ISSUED_SECRET);
        assertThat(given.sessionToken()).isEqualTo(StsStandIn.ISSUED_TOKEN);
        assertThat(given.expiration()).isEqualTo(Instant.parse(StsStandIn.ISSUED_EXPIRATION));
        // The long-term keys stay here: nothing the page gets carries them.
        assertThat(given.toString() + given.accessKeyId() + given.secretAccessKey() + given.sessionToken())
                .doesNotContain(LONG_TERM_KEY, LONG_TERM_SECRET);
    }

    @Test
    void aCheckRoleInTheProfileIsAssumedWithTheSameInlinePolicy() throws Exception {
        CheckCredentials given = issuer(ssoCredentials(),
                "[profile qa]\nregion = us-east-1\nliveness_check_role_arn = " + ROLE + "\n", Map.of())
                .issue(CONNECTION, false);

        Map<String, String> form = sts.forms().get(0);
        assertThat(form).containsEntry("Action", "AssumeRole").containsEntry("RoleArn", ROLE)
                .containsEntry("RoleSessionName", "liveness-desk-check").containsEntry("DurationSeconds", "900")
                .containsOnlyKeys("Action", "Version", "RoleArn", "RoleSessionName", "Policy", "DurationSeconds");
        assertOnlyStartFaceLivenessSession(form.get("Policy"));
        assertThat(given.scope()).isEqualTo(CredentialScope.CHECK_ROLE);
        assertThat(given.accessKeyId()).isEqualTo(StsStandIn.ISSUED_KEY_ID);
        assertThat(given.sessionToken()).isNotEqualTo("sso-session-token");
    }

    @Test
    void iamUserKeysWithACheckRoleAssumeTheRoleNamedInTheEnvironment() throws Exception {
        issuer(userKeys(), "[profile qa]\nregion = us-east-1\n",
                Map.of(StsCheckCredentials.ROLE_VARIABLE, ROLE)).issue(CONNECTION, false);

        assertThat(sts.forms()).singleElement().satisfies(form ->
                assertThat(form).containsEntry("Action", "AssumeRole").containsEntry("RoleArn", ROLE));
    }

    @Test
    void temporaryCredentialsWithoutACheckRoleSayWhatToSetUpAndCallNothing() throws Exception {
        StsCheckCredentials issuer = issuer(ssoCredentials(), "[profile qa]\nregion = us-east-1\n", Map.of());

        assertThatThrownBy(() -> issuer.issue(CONNECTION, false)).isInstanceOfSatisfying(CheckRoleMissing.class,
                missing -> {
                    assertThat(missing.error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
                    assertThat(missing.error().message()).contains("profile qa", "no check role",
                            "rekognition:StartFaceLivenessSession");
                    assertThat(missing.error().nextStep()).contains("liveness_check_role_arn", "README",
                            "hand the page your current temporary credentials");
                });
        assertThat(sts.forms()).isEmpty();
    }

    @Test
    void theUserMayChooseToHandOverTheCurrentTemporaryCredentials() throws Exception {
        CheckCredentials given = issuer(ssoCredentials(), "[profile qa]\nregion = us-east-1\n", Map.of())
                .issue(CONNECTION, true);

        assertThat(given.scope()).isEqualTo(CredentialScope.CURRENT_TEMPORARY);
        assertThat(given.scope().isScoped()).isFalse();
        assertThat(given.accessKeyId()).isEqualTo("ASIASSOUSERCURRENT");
        assertThat(given.expiration()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
        assertThat(sts.forms()).isEmpty();
    }

    @Test
    void handingOverNeverAppliesToLongTermKeys() throws Exception {
        CheckCredentials given = issuer(userKeys(), "[profile qa]\nregion = us-east-1\n", Map.of())
                .issue(CONNECTION, true);

        assertThat(given.scope()).isEqualTo(CredentialScope.FEDERATION_TOKEN);
        assertThat(given.accessKeyId()).isNotEqualTo(LONG_TERM_KEY);
    }

    @Test
    void stsRefusingTheFederationTokenBecomesWordsWithTheCode() throws Exception {
        sts.failNext(403, "AccessDenied", "User is not authorized to perform: sts:GetFederationToken");
        StsCheckCredentials issuer = issuer(userKeys(), "[profile qa]\nregion = us-east-1\n", Map.of());

        assertThatThrownBy(() -> issuer.issue(CONNECTION, false)).isInstanceOfSatisfying(ServiceException.class,
                failed -> {
                    assertThat(failed.error().kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
                    assertThat(failed.error().code()).isEqualTo("AccessDenied");
                    assertThat(failed.error().fullText()).contains("sts:GetFederationToken");
                });
    }
}
