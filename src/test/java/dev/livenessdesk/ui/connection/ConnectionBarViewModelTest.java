package dev.livenessdesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.aws.CredentialSources;
import dev.livenessdesk.aws.StsCallerIdentity;
import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.common.TaskRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection bar's state, without a toolkit: profiles from real AWS files, identity, expiry, sign-in. */
class ConnectionBarViewModelTest {

    private static final List<String> PROPERTIES = List.of("aws.configFile", "aws.sharedCredentialsFile",
            "aws.profile", "aws.region");
    private static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
    private static final ServiceError SSO_EXPIRED = ServiceError.of(ErrorKind.SSO_SIGN_IN_NEEDED,
            "The SSO sign-in of profile sso-dev is missing or has expired.", "Sign in again.");

    @TempDir
    Path home;
    private final Map<String, String> saved = new HashMap<>();
    private final ActiveConnection active = new ActiveConnection();
    private final List<URI> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final List<URI> askedToConfirm = new ArrayList<>();
    private final AtomicInteger connectionChanges = new AtomicInteger();
    private boolean acceptPlainHttp;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private StsStandIn sts;
    private AwsClients clients;

    @BeforeEach
    void pointTheSdkAtTemporaryFiles() throws IOException {
        PROPERTIES.forEach(name -> saved.put(name, System.getProperty(name)));
        System.clearProperty("aws.profile");
        System.clearProperty("aws.region");
        Path config = Files.writeString(home.resolve("config"), """
                [default]
                region = us-east-1

                [profile sso-dev]
                sso_session = desk
                sso_account_id = 123456789012
                sso_role_name = LivenessTester
                region = eu-west-1

                [sso-session desk]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1

                [profile role]
                role_arn = arn:aws:iam::123456789012:role/Liveness
                source_profile = keys
                region = ap-northeast-1

                [profile process]
                credential_process = /usr/local/bin/print-credentials
                region = us-west-2
                """);
        Path credentials = Files.writeString(home.resolve("credentials"), """
                [keys]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
                """);
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        active.connectionProperty().addListener((obs, old, now) -> connectionChanges.incrementAndGet());
    }

    @AfterEach
    void restore() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        if (clients != null) {
            clients.close();
        }
        if (sts != null) {
            sts.close();
        }
    }

    private ConnectionBarViewModel viewModel(TestBackend backend, TaskRunner tasks) {
        return new ConnectionBarViewModel(active, backend, tasks, opened::add, copied::add, (endpoint, warning) -> {
            askedToConfirm.add(endpoint);
            return acceptPlainHttp;
        }, clockView(), Runnable::run);
    }

    private Clock clockView() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }

    private TestBackend backendWith(IdentityService identity, SsoSignIn sso) {
        return new TestBackend(new AwsProfileCatalog(), Optional.of(identity), Optional.ofNullable(sso));
    }

    private static CallerIdentity identity(String account, Optional<Instant> expiry) {
        return new CallerIdentity(account, "arn:aws:sts::" + account + ":assumed-role/LivenessTester/desk", "AROA",
                expiry, "profile test");
    }

    @Test
    void everyKindOfProfileShowsUpAndBringsItsRegion() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.profiles()).containsExactly("default", "keys", "process", "role", "sso-dev");
        assertThat(vm.profileProperty().get()).isEqualTo("default");
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("default", "us-east-1"));

        vm.profileProperty().set("role");
        assertThat(vm.regionProperty().get()).isEqualTo("ap-northeast-1");
        vm.profileProperty().set("sso-dev");
        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        vm.profileProperty().set("process");
        assertThat(vm.regionProperty().get()).isEqualTo("us-west-2");
        vm.profileProperty().set("keys");
        assertThat(vm.regionProperty().get()).as("no region of its own: the default").isEqualTo("us-east-1");
    }

    @Test
    void switchingProfileUpdatesTheActiveConnectionOnceWithItsRegion() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();
        connectionChanges.set(0);

        vm.profileProperty().set("sso-dev");

        assertThat(connectionChanges).hasValue(1);
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("sso-dev", "eu-west-1"));
        vm.regionProperty().set("us-west-2");
        assertThat(connectionChanges).hasValue(2);
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("sso-dev", "us-west-2"));
    }

    @Test
    void showsTheAccountAndArnThatStsAnswers() {
        sts = StsStandIn.start();
        clients = RekognitionStandIn.clients();
        IdentityService real = new StsCallerIdentity(clients, new CredentialSources(), Optional.of(sts.uri()));
        ConnectionBarViewModel vm = viewModel(backendWith(real, null), new SynchronousTaskRunner());

        vm.start();

        assertThat(vm.identityStateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm.accountProperty().get()).isEqualTo(StsStandIn.ACCOUNT);
        assertThat(vm.callerArnProperty().get()).isEqualTo(StsStandIn.ARN);
        assertThat(vm.identityMessageProperty().get()).contains(StsStandIn.ACCOUNT).contains(StsStandIn.ARN);
        assertThat(vm.credentialSourceProperty().get()).isEqualTo("profile default: credentials as the SDK finds them");
        assertThat(vm.expiryTextProperty().get()).isEqualTo("long-term keys");
        assertThat(active.getIdentity().account()).isEqualTo(StsStandIn.ACCOUNT);

        sts.answerCaller("222222222222", "arn:aws:iam::222222222222:user/qa");
        vm.profileProperty().set("keys");
        assertThat(vm.accountProperty().get()).isEqualTo("222222222222");
        assertThat(sts.forms()).hasSize(2);
    }

    @Test
    void saysCheckingUntilTheAnswerComesAndTheNewestSwitchWins() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity(
                c.profile().orElse("none").equals("role") ? "333333333333" : "111111111111", Optional.empty()),
                null), tasks);
        vm.start();
        tasks.runNext(); // the profiles

        assertThat(vm.identityStateProperty().get()).isEqualTo(IdentityState.CHECKING);
        assertThat(vm.identityMessageProperty().get()).isEqualTo("Checking who you are\u2026");
        assertThat(active.getIdentity()).isNull();

        vm.profileProperty().set("role");
        tasks.runAll();

        assertThat(vm.identityStateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm.accountProperty().get()).isEqualTo("333333333333");
    }

    @Test
    void temporaryCredentialsShowHowLongTheyLast() {
        ConnectionBarViewModel vm = viewModel(backendWith(
                c -> identity("111111111111", Optional.of(NOW.plusSeconds(42 * 60))), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.expiryTextProperty().get()).isEqualTo("expires in 42 min");
        clock = Clock.fixed(NOW.plusSeconds(30 * 60), ZoneOffset.UTC);
        vm.tick();
        assertThat(vm.expiryTextProperty().get()).isEqualTo("expires in 12 min");
        clock = Clock.fixed(NOW.plusSeconds(43 * 60), ZoneOffset.UTC);
        vm.tick();
        assertThat(vm.expiryTextProperty().get()).isEqualTo("credentials expired");
    }

    @Test
    void longerCredentialsShowHoursAndMinutes() {
        ConnectionBarViewModel vm = viewModel(backendWith(
                c -> identity("111111111111", Optional.of(NOW.plusSeconds(3 * 3600 + 5 * 60))), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.expiryTextProperty().get()).isEqualTo("expires in 3 h 5 min");
    }

    @Test
    void aFailedCheckShowsTheErrorWords() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> {
            throw new ServiceException(ServiceError.of(ErrorKind.NO_CREDENTIALS,
                    "No credentials were found for profile default.", "Pick another profile."));
        }, null), new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.identityStateProperty().get()).isEqualTo(IdentityState.FAILED);
        assertThat(vm.identityMessageProperty().get())
                .isEqualTo("No credentials were found for profile default. Pick another profile.");
        assertThat(vm.signInOfferedProperty().get()).isFalse();
        vm.copyIdentity();
        assertThat(copied).singleElement().asString().contains("Code: NO_CREDENTIALS");
    }

    @Test
    void anExpiredSsoSignInOffersTheDeviceFlowThenChecksAgain() {
        List<Boolean> signedIn = new ArrayList<>(List.of(false));
        List<String> codeShownDuringWait = new ArrayList<>();
        IdentityService identity = c -> {
            if (!signedIn.get(0)) {
                throw new ServiceException(SSO_EXPIRED);
            }
            return identity("444444444444", Optional.of(NOW.plusSeconds(8 * 3600)));
        };
        ConnectionBarViewModel[] vm = new ConnectionBarViewModel[1];
        SsoSignIn sso = new SsoSignIn() {
            @Override
            public SignInRoute routeFor(Optional<String> profile) {
                return SignInRoute.here(SignInRoute.cliCommandFor(profile));
            }

            @Override
            public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode) {
                showCode.accept(new DeviceCode("WDJB-MJHT", URI.create("https://device.sso.us-east-1.amazonaws.com/"),
                        Optional.of(URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT")),
                        NOW.plusSeconds(600)));
                codeShownDuringWait.add(vm[0].userCodeProperty().get());
                signedIn.set(0, true);
                return NOW.plusSeconds(8 * 3600);
            }
        };
        vm[0] = viewModel(backendWith(identity, sso), new SynchronousTaskRunner());
        vm[0].start();
        vm[0].profileProperty().set("sso-dev");

        assertThat(vm[0].signInOfferedProperty().get()).isTrue();
        assertThat(vm[0].signInCommandProperty().get()).isEqualTo("aws sso login --profile sso-dev");

        vm[0].signIn();

        assertThat(codeShownDuringWait).containsExactly("WDJB-MJHT");
        assertThat(opened).containsExactly(
                URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT"));
        assertThat(vm[0].signingInProperty().get()).isFalse();
        assertThat(vm[0].signInMessageProperty().get()).startsWith("Signed in until");
        assertThat(vm[0].identityStateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm[0].accountProperty().get()).isEqualTo("444444444444");
        assertThat(vm[0].signInOfferedProperty().get()).isFalse();
        assertThat(vm[0].expiryTextProperty().get()).isEqualTo("expires in 8 h");
    }

    @Test
    void aProfileTheAppCannotSignInGetsTheCommandToCopy() {
        SsoSignIn terminalOnly = new SsoSignIn() {
            @Override
            public SignInRoute routeFor(Optional<String> profile) {
                return SignInRoute.terminalOnly(SignInRoute.cliCommandFor(profile),
                        "Profile sso-dev names no sso_region.");
            }

            @Override
            public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode) {
                throw new AssertionError("the device flow must not start");
            }
        };
        ConnectionBarViewModel vm = viewModel(backendWith(c -> {
            throw new ServiceException(SSO_EXPIRED);
        }, terminalOnly), new SynchronousTaskRunner());
        vm.start();
        vm.profileProperty().set("sso-dev");

        vm.signIn();

        assertThat(vm.signInMessageProperty().get()).contains("names no sso_region")
                .contains("aws sso login --profile sso-dev");
        vm.copySignInCommand();
        assertThat(copied).containsExactly("aws sso login --profile sso-dev");
        assertThat(opened).isEmpty();
    }

    @Test
    void cancellingTheSignInLeavesTheBarReadyForAnotherTry() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        ConnectionBarViewModel vm = viewModel(backendWith(c -> {
            throw new ServiceException(SSO_EXPIRED);
        }, new SsoSignIn() {
            @Override
            public SignInRoute routeFor(Optional<String> profile) {
                return SignInRoute.here("aws sso login");
            }

            @Override
            public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode) {
                throw new AssertionError("cancelled before it ran");
            }
        }), tasks);
        vm.start();
        tasks.runAll();
        vm.signIn();
        assertThat(vm.signingInProperty().get()).isTrue();

        vm.cancelSignIn();

        assertThat(vm.signingInProperty().get()).isFalse();
        assertThat(vm.signInMessageProperty().get()).isEqualTo("The sign-in was cancelled.");
        assertThat(vm.signInOfferedProperty().get()).isTrue();
    }

    @Test
    void plainHttpToAnotherHostNeedsAYes() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();
        ConnectionSettings before = active.getConnection();

        vm.rekognitionEndpointProperty().set("http://10.0.0.5:4566");
        assertThat(vm.applyEndpoints()).isFalse();
        assertThat(askedToConfirm).containsExactly(URI.create("http://10.0.0.5:4566"));
        assertThat(vm.endpointProblemProperty().get()).contains("unencrypted");
        assertThat(active.getConnection()).isEqualTo(before);

        acceptPlainHttp = true;
        assertThat(vm.applyEndpoints()).isTrue();
        assertThat(active.getConnection().rekognitionEndpoint()).contains(URI.create("http://10.0.0.5:4566"));
        assertThat(vm.endpointProblemProperty().get()).isEmpty();
        assertThat(vm.endpointSummaryProperty().get()).isEqualTo("Rekognition: 10.0.0.5:4566 \u00b7 S3: AWS");
    }

    @Test
    void loopbackEndpointsNeedNoQuestionAndBadOnesAreRefused() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        vm.s3EndpointProperty().set("http://localhost:9090");
        assertThat(vm.applyEndpoints()).isTrue();
        assertThat(active.getConnection().s3Endpoint()).contains(URI.create("http://localhost:9090"));
        assertThat(askedToConfirm).isEmpty();

        vm.rekognitionEndpointProperty().set("rekognition.example.com");
        assertThat(vm.applyEndpoints()).isFalse();
        assertThat(vm.endpointProblemProperty().get()).contains("must start with https://");
        assertThat(active.getConnection().rekognitionEndpoint()).isEmpty();
    }

    @Test
    void followsAConnectionChosenElsewhere() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity(
                c.region().equals("eu-west-1") ? "555555555555" : "111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        active.setConnection(ConnectionSettings.of("role", "eu-west-1"));

        assertThat(vm.profileProperty().get()).isEqualTo("role");
        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.accountProperty().get()).isEqualTo("555555555555");
    }

    @Test
    void aRegionThatIsNotARegionIsNotApplied() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        vm.regionProperty().set("Frankfurt");

        assertThat(vm.regionProblemProperty().get()).contains("'Frankfurt' is not an AWS region id");
        assertThat(active.getConnection().region()).isEqualTo("us-east-1");
        vm.regionProperty().set("eu-central-1");
        assertThat(active.getConnection().region()).isEqualTo("eu-central-1");
        assertThat(vm.regionProblemProperty().get()).contains("not offered in eu-central-1");
    }

    @Test
    void theSandboxSaysSoAndShowsItsMadeUpIdentity() {
        ConnectionBarViewModel vm = new ConnectionBarViewModel(active, new SandboxBackend(), new SynchronousTaskRunner(),
                opened::add, copied::add, (endpoint, warning) -> false, clockView(), Runnable::run);
        vm.start();

        assertThat(active.isSandbox()).isTrue();
        assertThat(vm.sandboxProperty().get()).isTrue();
        assertThat(vm.sandboxBannerText()).contains("nothing is sent to AWS");
        assertThat(vm.profiles()).containsExactly("sandbox");
        assertThat(vm.accountProperty().get()).isEqualTo("sandbox");
        assertThat(vm.signInOfferedProperty().get()).isFalse();
    }

}
