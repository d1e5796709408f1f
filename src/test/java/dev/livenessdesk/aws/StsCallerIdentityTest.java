package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StsStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.profiles.ProfileFile;

/** "Who am I?" through the real STS client over HTTP to a local STS speaking awsQuery. */
class StsCallerIdentityTest {

    private static final ConnectionSettings CONNECTION = ConnectionSettings.of("keys", "us-east-1");

    @TempDir
    Path home;
    private StsStandIn sts;
    private AwsClients clients;
    private CredentialSources sources;

    @BeforeEach
    void start() throws IOException {
        sts = StsStandIn.start();
        Path config = Files.writeString(home.resolve("credentials"), """
                [keys]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
                """);
        sources = new CredentialSources(
                () -> ProfileFile.builder().content(config).type(ProfileFile.Type.CREDENTIALS).build());
    }

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.close();
        }
        sts.close();
    }

    @Test
    void answersAccountArnAndUserIdWithNoExpiryForLongTermKeys() throws ServiceException {
        clients = RekognitionStandIn.clients();
        CallerIdentity identity = new StsCallerIdentity(clients, sources, Optional.of(sts.uri())).whoAmI(CONNECTION);

        assertThat(identity.account()).isEqualTo(StsStandIn.ACCOUNT);
        assertThat(identity.arn()).isEqualTo(StsStandIn.ARN);
        assertThat(identity.userId()).isEqualTo(StsStandIn.USER_ID);
        assertThat(identity.credentialsExpiry()).isEmpty();
        assertThat(identity.credentialSource()).isEqualTo("profile keys: access keys");
    }

    @Test
    void sendsASignedAwsQueryGetCallerIdentity() throws ServiceException {
        clients = RekognitionStandIn.clients();
        new StsCallerIdentity(clients, sources, Optional.of(sts.uri())).whoAmI(CONNECTION);

        assertThat(sts.forms()).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("Action", "GetCallerIdentity");
            assertThat(form).containsEntry("Version", "2011-06-15");
        });
        assertThat(sts.authorizations().get(0)).startsWith("AWS4-HMAC-SHA256")
                .contains("/us-east-1/sts/aws4_request");
    }

    @Test
    void temporaryCredentialsBringTheirExpiry() throws ServiceException {
        Instant expiry = Instant.parse("2026-11-25T14:42:00Z");
        clients = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withCredentials(StaticCredentialsProvider.create(AwsSessionCredentials.builder()
                        .accessKeyId("ASIAEXAMPLE").secretAccessKey("secret").sessionToken("session")
                        .expirationTime(expiry).build())));

        CallerIdentity identity = new StsCallerIdentity(clients, sources, Optional.of(sts.uri())).whoAmI(CONNECTION);

        assertThat(identity.credentialsExpiry()).contains(expiry);
    }

    @Test
    void rejectedCredentialsComeBackAsWords() {
        clients = RekognitionStandIn.clients();
        sts.failNext(403, "ExpiredToken", "The security token included in the request is expired");

        assertThatThrownBy(() -> new StsCallerIdentity(clients, sources, Optional.of(sts.uri())).whoAmI(CONNECTION))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.NO_CREDENTIALS);
                    assertThat(e.error().awsCode()).contains("ExpiredToken");
                    assertThat(e.error().message()).contains("profile keys");
                });
    }

    @Test
    void anSsoProfileWithoutASignInAsksForOne() throws IOException {
        String sessionName = "desk-" + Long.toHexString(System.nanoTime());
        // The SDK looks in the real ~/.aws/sso/cache: a session name no one has signed in keeps this test honest.
        Path config = Files.writeString(home.resolve("config"), """
                [profile sso-dev]
                sso_session = %s
                sso_account_id = 123456789012
                sso_role_name = LivenessTester
                region = us-east-1

                [sso-session %s]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                """.formatted(sessionName, sessionName));
        String saved = System.getProperty("aws.configFile");
        System.setProperty("aws.configFile", config.toString());
        try {
            clients = new AwsClients(AwsClientOptions.defaults().withRetryStrategy(AwsRetryStrategy.doNotRetry()));
            ConnectionSettings connection = ConnectionSettings.of("sso-dev", "us-east-1");

            assertThatThrownBy(() -> new StsCallerIdentity(clients, new CredentialSources(), Optional.of(sts.uri()))
                    .whoAmI(connection))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.error().kind()).isEqualTo(ErrorKind.SSO_SIGN_IN_NEEDED);
                        assertThat(e.error().nextStep()).contains("aws sso login --profile sso-dev");
                    });
            assertThat(sts.forms()).as("nothing reaches STS without credentials").isEmpty();
        } finally {
            if (saved == null) {
                System.clearProperty("aws.configFile");
            } else {
                System.setProperty("aws.configFile", saved);
            }
        }
    }
}
