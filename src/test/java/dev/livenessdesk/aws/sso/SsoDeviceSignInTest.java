package dev.livenessdesk.aws.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.testsupport.SsoOidcStandIn;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;
import software.amazon.awssdk.services.ssooidc.internal.SsoOidcToken;

/** The device sign-in against a local OIDC service, and the token cache file the AWS CLI and the SDK share. */
class SsoDeviceSignInTest {

    private static final String CONFIG = """
            [profile sso-dev]
            sso_session = desk
            sso_account_id = 123456789012
            sso_role_name = LivenessTester
            region = eu-west-1

            [sso-session desk]
            sso_start_url = https://example.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access

            [profile legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-west-2
            sso_account_id = 123456789012
            sso_role_name = LivenessTester

            [profile no-region]
            sso_start_url = https://legacy.awsapps.com/start

            [profile keys]
            region = us-east-1
            """;
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00.123Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private Path cacheDirectory;
    private SsoOidcStandIn oidc;
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<DeviceCode> shownCodes = new ArrayList<>();
    private SsoDeviceSignIn signIn;

    @BeforeEach
    void startStandIn() throws IOException {
        Path config = Files.writeString(home.resolve("config"), CONFIG);
        cacheDirectory = home.resolve(".aws/sso/cache");
        oidc = SsoOidcStandIn.start();
        signIn = new SsoDeviceSignIn(
                () -> ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build(),
                new SsoTokenCache(cacheDirectory), Optional.of(oidc.uri()), Clock.fixed(NOW, ZoneOffset.UTC),
                sleeps::add);
    }

    @AfterEach
    void stopStandIn() {
        oidc.close();
    }

    @Test
    void waitsWhileApprovalIsPendingThenWritesTheTokenWhereTheCliLooks() throws Exception {
        oidc.tokenFailsWith("AuthorizationPendingException", "AuthorizationPendingException");

        Instant until = signIn.signIn(Optional.of("sso-dev"), shownCodes::add);

        assertThat(until).isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
        assertThat(shownCodes).singleElement().satisfies(code -> {
            assertThat(code.userCode()).isEqualTo(SsoOidcStandIn.USER_CODE);
            assertThat(code.pageToOpen())
                    .isEqualTo(URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT"));
        });
        assertThat(oidc.received("/token")).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

        // SHA-1 of the sso-session name, as `aws sso login` names it.
        Path file = cacheDirectory.resolve("46e7cfa080913f4dae18d802d041de7d664b10e2.json");
        assertThat(file).exists();
        JsonNode cached = JSON.readTree(file.toFile());
        assertThat(cached.get("startUrl").asText()).isEqualTo("https://example.awsapps.com/start");
        assertThat(cached.get("region").asText()).isEqualTo("us-east-1");
        assertThat(cached.get("accessToken").asText()).isEqualTo(SsoOidcStandIn.ACCESS_TOKEN);
        assertThat(cached.get("expiresAt").asText()).isEqualTo("2026-11-25T21:00:00Z");
        assertThat(cached.get("clientId").asText()).isEqualTo(SsoOidcStandIn.CLIENT_ID);
        assertThat(cached.get("clientSecret").asText()).isEqualTo(SsoOidcStandIn.CLIENT_SECRET);
        assertThat(cached.get("registrationExpiresAt").asText()).isEqualTo("2030-03-17T17:46:40Z");
        assertThat(cached.get("refreshToken").asText()).isEqualTo(SsoOidcStandIn.REFRESH_TOKEN);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var directory = Files.list(cacheDirectory)) {
            assertThat(directory).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void theSdkReadsTheCachedTokenBack() throws Exception {
        signIn.signIn(Optional.of("sso-dev"), shownCodes::add);

        SsoOidcToken token = OnDiskTokenManager.create(cacheDirectory, "desk").loadToken().orElseThrow();

        assertThat(token.token()).isEqualTo(SsoOidcStandIn.ACCESS_TOKEN);
        assertThat(token.expirationTime()).contains(Instant.parse("2026-11-25T21:00:00Z"));
        assertThat(token.refreshToken()).isEqualTo(SsoOidcStandIn.REFRESH_TOKEN);
        assertThat(token.startUrl()).isEqualTo("https://example.awsapps.com/start");
    }

    @Test
    void sendsWhatTheServiceModelAsksFor() throws Exception {
        signIn.signIn(Optional.of("sso-dev"), shownCodes::add);

        JsonNode register = oidc.received("/client/register").get(0).body();
        assertThat(register.get("clientName").asText()).isEqualTo("liveness-desk");
        assertThat(register.get("clientType").asText()).isEqualTo("public");
        assertThat(register.get("scopes").get(0).asText()).isEqualTo("sso:account:access");
        JsonNode authorization = oidc.received("/device_authorization").get(0).body();
        assertThat(authorization.get("startUrl").asText()).isEqualTo("https://example.awsapps.com/start");
        assertThat(authorization.get("clientId").asText()).isEqualTo(SsoOidcStandIn.CLIENT_ID);
        JsonNode token = oidc.received("/token").get(0).body();
        assertThat(token.get("grantType").asText()).isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
        assertThat(token.get("deviceCode").asText()).isEqualTo(SsoOidcStandIn.DEVICE_CODE);
    }

    @Test
    void legacyProfilesAreCachedUnderTheStartUrlHash() throws Exception {
        signIn.signIn(Optional.of("legacy"), shownCodes::add);

        Path file = cacheDirectory.resolve("79e435d7a515078e81c9dffc35f38d5687ebd3a7.json");
        assertThat(JSON.readTree(file.toFile()).get("region").asText()).isEqualTo("us-west-2");
        assertThat(oidc.received("/client/register").get(0).body().has("scopes")).isFalse();
    }

    @Test
    void slowDownPollsFiveSecondsSlower() throws Exception {
        oidc.pollInterval(2).tokenFailsWith("SlowDownException", "AuthorizationPendingException");

        signIn.signIn(Optional.of("sso-dev"), shownCodes::add);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void anExpiredCodeEndsTheSignInWithWordsAndNoFile() {
        oidc.tokenFailsWith("AuthorizationPendingException", "ExpiredTokenException");

        assertThatThrownBy(() -> signIn.signIn(Optional.of("sso-dev"), shownCodes::add))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.SSO_SIGN_IN_NEEDED);
                    assertThat(e.error().message()).contains("expired before it was approved");
                    assertThat(e.error().fullText()).doesNotContain(SsoOidcStandIn.CLIENT_SECRET);
                });
        assertThat(cacheDirectory).doesNotExist();
    }

    @Test
    void cancellingWhileWaitingWritesNothing() {
        SsoDeviceSignIn cancelled = new SsoDeviceSignIn(
                () -> ProfileFile.builder().content(home.resolve("config")).type(ProfileFile.Type.CONFIGURATION)
                        .build(),
                new SsoTokenCache(cacheDirectory), Optional.of(oidc.uri()), Clock.fixed(NOW, ZoneOffset.UTC),
                duration -> {
                    throw new InterruptedException("user pressed Cancel");
                });

        assertThatThrownBy(() -> cancelled.signIn(Optional.of("sso-dev"), shownCodes::add))
                .isInstanceOf(InterruptedException.class);
        assertThat(shownCodes).hasSize(1);
        assertThat(oidc.received("/token")).isEmpty();
        assertThat(cacheDirectory).doesNotExist();
    }

    @Test
    void ssoProfilesCanSignInHere() {
        assertThat(signIn.routeFor(Optional.of("sso-dev")))
                .isEqualTo(SignInRoute.here("aws sso login --profile sso-dev"));
        assertThat(signIn.routeFor(Optional.of("legacy")).deviceFlow()).isTrue();
    }

    @Test
    void otherProfilesGetTheCliCommandAndTheReason() {
        SignInRoute keys = signIn.routeFor(Optional.of("keys"));
        assertThat(keys.deviceFlow()).isFalse();
        assertThat(keys.cliCommand()).isEqualTo("aws sso login --profile keys");
        assertThat(keys.whyNotHere()).hasValueSatisfying(why -> assertThat(why).contains("does not use IAM Identity"));

        SignInRoute noRegion = signIn.routeFor(Optional.of("no-region"));
        assertThat(noRegion.deviceFlow()).isFalse();
        assertThat(noRegion.whyNotHere()).hasValueSatisfying(why -> assertThat(why).contains("sso_region"));
        assertThat(noRegion.cliCommand()).isEqualTo("aws sso login --profile no-region");
    }

    @Test
    void signingInAProfileThatCannotGivesTheCommandInsteadOfCallingOut() {
        assertThatThrownBy(() -> signIn.signIn(Optional.of("keys"), shownCodes::add))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.error().nextStep()).contains("aws sso login --profile keys"));
        assertThat(oidc.received()).isEmpty();
    }

    @Test
    void theCachedTokenHidesItsSecretsWhenPrinted() {
        SsoTokenCache.Token token = new SsoTokenCache.Token("secret-access", NOW, "client", "secret-client",
                Optional.empty(), Optional.of("secret-refresh"));
        assertThat(token.toString()).doesNotContain("secret-");
    }
}
