package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.EndpointResolver;
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
    private ActiveConnection active = new ActiveConnection(false);
    private final List<URI> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final List<URI> askedToConfirm = new ArrayList<>();
    private final AtomicInteger connectionChanges = new AtomicInteger();
    private boolean acceptPlainHttp;
    private EndpointResolver endpoints = EndpointResolver.NONE;
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
        return viewModel(backend, tasks, ConnectionChoiceViewModel.Remembered.NOTHING);
    }

    private ConnectionBarViewModel viewModel(TestBackend backend, TaskRunner tasks,
                                             ConnectionChoiceViewModel.Remembered remembered) {
        return new ConnectionBarViewModel(active.claimWriter(), new ConnectionBarViewModel.Services(backend, tasks,
                opened::add, copied::add, (endpoint, warning) -> {
                    askedToConfirm.add(endpoint);
                    return acceptPlainHttp;
                }, endpoints, clockView(), Runnable::run), remembered);
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

        assertThat(vm.choice().profiles()).containsExactly("default", "keys", "process", "role", "sso-dev");
        assertThat(vm.choice().profileProperty().get()).isEqualTo("default");
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("default", "us-east-1"));

        vm.choice().profileProperty().set("role");
        assertThat(active.getConnection().region()).isEqualTo("ap-northeast-1");
        vm.choice().profileProperty().set("sso-dev");
        assertThat(active.getConnection().region()).isEqualTo("eu-west-1");
        vm.choice().profileProperty().set("process");
        assertThat(active.getConnection().region()).isEqualTo("us-west-2");
        vm.choice().profileProperty().set("keys");
        assertThat(active.getConnection().region()).as("no region of its own: the default").isEqualTo("us-east-1");
    }

    @Test
    void switchingProfileUpdatesTheActiveConnectionOnceWithItsRegion() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();
        active.connectionProperty().addListener((obs, old, now) -> connectionChanges.incrementAndGet());

        vm.choice().profileProperty().set("sso-dev");

        assertThat(connectionChanges).hasValue(1);
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("sso-dev", "eu-west-1"));
        vm.choice().chooseRegion("us-west-2");
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

        assertThat(vm.identity().stateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm.identity().accountProperty().get()).isEqualTo(StsStandIn.ACCOUNT);
        assertThat(vm.identity().callerArnProperty().get()).isEqualTo(StsStandIn.ARN);
        assertThat(vm.identity().messageProperty().get()).contains(StsStandIn.ACCOUNT).contains(StsStandIn.ARN);
        assertThat(vm.identity().credentialSourceProperty().get()).isEqualTo("profile default: credentials as the SDK finds them");
        assertThat(vm.identity().expiryTextProperty().get()).isEqualTo("long-term keys");
        assertThat(vm.identity().accountProperty().get()).isEqualTo(StsStandIn.ACCOUNT);

        sts.answerCaller("222222222222", "arn:aws:iam::222222222222:user/qa");
        vm.choice().profileProperty().set("keys");
        assertThat(vm.identity().accountProperty().get()).isEqualTo("222222222222");
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

        assertThat(vm.identity().stateProperty().get()).isEqualTo(IdentityState.CHECKING);
        assertThat(vm.identity().messageProperty().get()).isEqualTo("Checking who you are\u2026");
        assertThat(vm.identity().accountProperty().get()).isEmpty();

        vm.choice().profileProperty().set("role");
        tasks.runAll();

        assertThat(vm.identity().stateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm.identity().accountProperty().get()).isEqualTo("333333333333");
    }

    @Test
    void temporaryCredentialsShowHowLongTheyLast() {
        ConnectionBarViewModel vm = viewModel(backendWith(
                c -> identity("111111111111", Optional.of(NOW.plusSeconds(42 * 60))), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.identity().expiryTextProperty().get()).isEqualTo("expires in 42 min");
        clock = Clock.fixed(NOW.plusSeconds(30 * 60), ZoneOffset.UTC);
        vm.identity().tick();
        assertThat(vm.identity().expiryTextProperty().get()).isEqualTo("expires in 12 min");
        clock = Clock.fixed(NOW.plusSeconds(43 * 60), ZoneOffset.UTC);
        vm.identity().tick();
        assertThat(vm.identity().expiryTextProperty().get()).isEqualTo("credentials expired");
    }

    @Test
    void longerCredentialsShowHoursAndMinutes() {
        ConnectionBarViewModel vm = viewModel(backendWith(
                c -> identity("111111111111", Optional.of(NOW.plusSeconds(3 * 3600 + 5 * 60))), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.identity().expiryTextProperty().get()).isEqualTo("expires in 3 h 5 min");
    }

    @Test
    void aFailedCheckShowsTheErrorWords() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> {
            throw new ServiceException(ServiceError.of(ErrorKind.NO_CREDENTIALS,
                    "No credentials were found for profile default.", "Pick another profile."));
        }, null), new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.identity().stateProperty().get()).isEqualTo(IdentityState.FAILED);
        assertThat(vm.identity().messageProperty().get())
                .isEqualTo("No credentials were found for profile default. Pick another profile.");
        assertThat(vm.signIn().offeredProperty().get()).isFalse();
        vm.identity().copy();
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
                codeShownDuringWait.add(vm[0].signIn().userCodeProperty().get());
                signedIn.set(0, true);
                return NOW.plusSeconds(8 * 3600);
            }
        };
        vm[0] = viewModel(backendWith(identity, sso), new SynchronousTaskRunner());
        vm[0].start();
        vm[0].choice().profileProperty().set("sso-dev");

        assertThat(vm[0].signIn().offeredProperty().get()).isTrue();
        assertThat(vm[0].signIn().commandProperty().get()).isEqualTo("aws sso login --profile sso-dev");

        vm[0].signIn().signIn();

        assertThat(codeShownDuringWait).containsExactly("WDJB-MJHT");
        assertThat(opened).containsExactly(
                URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT"));
        assertThat(vm[0].signIn().signingInProperty().get()).isFalse();
        assertThat(vm[0].signIn().messageProperty().get()).startsWith("Signed in until");
        assertThat(vm[0].identity().stateProperty().get()).isEqualTo(IdentityState.KNOWN);
        assertThat(vm[0].identity().accountProperty().get()).isEqualTo("444444444444");
        assertThat(vm[0].signIn().offeredProperty().get()).isFalse();
        assertThat(vm[0].identity().expiryTextProperty().get()).isEqualTo("expires in 8 h");
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
        vm.choice().profileProperty().set("sso-dev");

        vm.signIn().signIn();

        assertThat(vm.signIn().messageProperty().get()).contains("names no sso_region")
                .contains("aws sso login --profile sso-dev");
        vm.signIn().copyCommand();
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
        vm.signIn().signIn();
        assertThat(vm.signIn().signingInProperty().get()).isTrue();

        vm.signIn().cancel();

        assertThat(vm.signIn().signingInProperty().get()).isFalse();
        assertThat(vm.signIn().messageProperty().get()).isEqualTo("The sign-in was cancelled.");
        assertThat(vm.signIn().offeredProperty().get()).isTrue();
    }

    @Test
    void plainHttpToAnotherHostNeedsAYes() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();
        ConnectionSettings before = active.getConnection();

        vm.choice().endpoints().rekognitionEndpointProperty().set("http://10.0.0.5:4566");
        assertThat(vm.choice().applyEndpoints()).isFalse();
        assertThat(askedToConfirm).containsExactly(URI.create("http://10.0.0.5:4566"));
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).contains("unencrypted");
        assertThat(active.getConnection()).isEqualTo(before);

        acceptPlainHttp = true;
        assertThat(vm.choice().applyEndpoints()).isTrue();
        assertThat(active.getConnection().rekognitionEndpoint()).contains(URI.create("http://10.0.0.5:4566"));
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).isEmpty();
        assertThat(vm.choice().endpoints().endpointSummaryProperty().get()).isEqualTo("Rekognition: 10.0.0.5:4566 \u00b7 S3: AWS");
    }

    @Test
    void loopbackEndpointsNeedNoQuestionAndBadOnesAreRefused() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        vm.choice().endpoints().s3EndpointProperty().set("http://localhost:9090");
        assertThat(vm.choice().applyEndpoints()).isTrue();
        assertThat(active.getConnection().s3Endpoint()).contains(URI.create("http://localhost:9090"));
        assertThat(askedToConfirm).isEmpty();

        vm.choice().endpoints().rekognitionEndpointProperty().set("rekognition.example.com");
        assertThat(vm.choice().applyEndpoints()).isFalse();
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).contains("must start with https://");
        assertThat(active.getConnection().rekognitionEndpoint()).isEmpty();
    }

    @Test
    void theActivityTabsCloudTrailAndAthenaEndpointsAreSetLikeTheOthers() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        vm.choice().endpoints().cloudTrailEndpointProperty().set("http://127.0.0.1:4510");
        vm.choice().endpoints().athenaEndpointProperty().set("https://athena.vpce.example.com");
        assertThat(vm.choice().applyEndpoints()).isTrue();

        assertThat(active.getConnection().cloudTrailEndpoint()).contains(URI.create("http://127.0.0.1:4510"));
        assertThat(active.getConnection().athenaEndpoint()).contains(URI.create("https://athena.vpce.example.com"));
        assertThat(vm.choice().endpoints().endpointSummaryProperty().get()).isEqualTo("AWS endpoints \u00b7 Activity: custom");
        assertThat(vm.choice().endpoints().endpointDetailsProperty().get()).contains("CloudTrail: http://127.0.0.1:4510")
                .contains("Athena: https://athena.vpce.example.com");

        vm.choice().endpoints().athenaEndpointProperty().set("athena.example.com");
        assertThat(vm.choice().applyEndpoints()).isFalse();
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).contains("must start with https://");
        assertThat(active.getConnection().athenaEndpoint()).contains(URI.create("https://athena.vpce.example.com"));
    }

    @Test
    void theRegionTheFormCollectsSwitchesTheConnectionAndIsCheckedAgain() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity(
                c.region().equals("eu-west-1") ? "555555555555" : "111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();
        vm.choice().profileProperty().set("role");

        assertThat(vm.choice().chooseRegion("eu-west-1")).isTrue();

        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("role", "eu-west-1"));
        assertThat(vm.choice().profileProperty().get()).isEqualTo("role");
        assertThat(vm.identity().accountProperty().get()).isEqualTo("555555555555");
        assertThat(vm.identity().summaryProperty().get()).isEqualTo("eu-west-1 \u00b7 account 555555555555 \u00b7 LivenessTester/desk");
    }

    @Test
    void aRegionThatIsNotARegionIsNotApplied() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(vm.choice().chooseRegion("Frankfurt")).isFalse();

        assertThat(active.getConnection().region()).isEqualTo("us-east-1");
        assertThat(vm.choice().chooseRegion("eu-central-1")).isTrue();
        assertThat(active.getConnection().region()).isEqualTo("eu-central-1");
    }

    @Test
    void theRememberedProfileAndRegionAreTakenWhenTheyStillExist() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner(), new ConnectionChoiceViewModel.Remembered(Optional.of("role"),
                        Optional.of("sa-east-1")));
        vm.start();

        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("role", "sa-east-1"));
        assertThat(vm.choice().noticeProperty().get()).isEmpty();
    }

    @Test
    void aRememberedProfileThatIsGoneFallsBackToTheDefaultWithALineSayingSo() {
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner(), new ConnectionChoiceViewModel.Remembered(Optional.of("sandbox"),
                        Optional.empty()));
        vm.start();

        assertThat(vm.choice().profileProperty().get()).isEqualTo("default");
        assertThat(vm.choice().profiles()).containsExactly("default", "keys", "process", "role", "sso-dev")
                .doesNotContain("", "sandbox");
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("default", "us-east-1"));
        assertThat(vm.choice().noticeProperty().get()).isEqualTo(
                "The profile \u201csandbox\u201d chosen last time is not in your AWS files any more: using"
                        + " \u201cdefault\u201d instead.");
    }

    @Test
    void onlyTheChooserWritesTheConnection() {
        viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null), new SynchronousTaskRunner());

        org.assertj.core.api.Assertions.assertThatThrownBy(active::claimWriter)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("connection chooser");
    }

    @Test
    void anEndpointFromTheEnvironmentIsTheOneUsedAndNamedWithItsSource() {
        endpoints = new EndpointResolver(Map.of("AWS_ENDPOINT_URL_REKOGNITION", "http://127.0.0.1:9"),
                new AwsProfileCatalog());
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(active.getConnection().rekognitionEndpoint()).contains(URI.create("http://127.0.0.1:9"));
        assertThat(active.getConnection().s3Endpoint()).as("nothing set for S3: the SDK's own").isEmpty();
        assertThat(vm.choice().endpoints().endpointSummaryProperty().get()).isEqualTo("Rekognition: 127.0.0.1:9 \u00b7 S3: AWS");
        assertThat(vm.choice().endpoints().rekognitionPromptProperty().get())
                .isEqualTo("empty: http://127.0.0.1:9 (from AWS_ENDPOINT_URL_REKOGNITION)");
        assertThat(vm.choice().endpoints().endpointDetailsProperty().get()).contains("http://127.0.0.1:9 (from "
                + "AWS_ENDPOINT_URL_REKOGNITION)").contains("https://s3.us-east-1.amazonaws.com (the public AWS endpoint)");
        assertThat(vm.choice().endpoints().rekognitionEndpointProperty().get()).as("the override field stays empty").isEmpty();
        assertThat(askedToConfirm).as("loopback needs no question").isEmpty();
    }

    @Test
    void plainHttpFromTheEnvironmentToAnotherHostAsksTheSameQuestionAndANoSendsNothingThere() {
        endpoints = new EndpointResolver(Map.of("AWS_ENDPOINT_URL_S3", "http://10.0.0.7:4566"),
                new AwsProfileCatalog());
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(askedToConfirm).containsExactly(URI.create("http://10.0.0.7:4566"));
        assertThat(active.getConnection().s3Endpoint()).contains(URI.create("https://s3.us-east-1.amazonaws.com"));
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).startsWith("AWS_ENDPOINT_URL_S3: Plain http to 10.0.0.7")
                .contains("Requests go to https://s3.us-east-1.amazonaws.com instead");

        vm.choice().chooseRegion("eu-west-1");
        assertThat(askedToConfirm).as("asked once").hasSize(1);
    }

    @Test
    void plainHttpFromTheEnvironmentIsUsedOnceTheUserSaysYes() {
        acceptPlainHttp = true;
        endpoints = new EndpointResolver(Map.of("AWS_ENDPOINT_URL", "http://10.0.0.7:4566"), new AwsProfileCatalog());
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        assertThat(active.getConnection().rekognitionEndpoint()).contains(URI.create("http://10.0.0.7:4566"));
        assertThat(active.getConnection().s3Endpoint()).contains(URI.create("http://10.0.0.7:4566"));
        assertThat(askedToConfirm).containsExactly(URI.create("http://10.0.0.7:4566"));
        assertThat(vm.choice().endpoints().endpointProblemProperty().get()).isEmpty();
    }

    @Test
    void aProfilesEndpointUrlIsNamedWithTheProfile() throws IOException {
        Files.writeString(Path.of(System.getProperty("aws.configFile")), """

                [profile emulator]
                region = eu-west-1
                services = local
                endpoint_url = http://localhost:4566

                [services local]
                rekognition =
                  endpoint_url = http://localhost:9999
                """, java.nio.file.StandardOpenOption.APPEND);
        endpoints = new EndpointResolver(Map.of(), new AwsProfileCatalog());
        ConnectionBarViewModel vm = viewModel(backendWith(c -> identity("111111111111", Optional.empty()), null),
                new SynchronousTaskRunner());
        vm.start();

        vm.choice().profileProperty().set("emulator");

        assertThat(active.getConnection().rekognitionEndpoint()).contains(URI.create("http://localhost:9999"));
        assertThat(active.getConnection().s3Endpoint()).contains(URI.create("http://localhost:4566"));
        assertThat(vm.choice().endpoints().endpointDetailsProperty().get())
                .contains("http://localhost:9999 (from the endpoint_url of profile emulator)");
    }

    @Test
    void theSandboxSaysSoAndShowsItsMadeUpIdentity() {
        active = new ActiveConnection(true);
        ConnectionBarViewModel vm = new ConnectionBarViewModel(active.claimWriter(), new ConnectionBarViewModel.Services(
                new SandboxBackend(), new SynchronousTaskRunner(), opened::add, copied::add,
                (endpoint, warning) -> false, EndpointResolver.NONE, clockView(), Runnable::run),
                ConnectionChoiceViewModel.Remembered.NOTHING);
        vm.start();

        assertThat(active.isSandbox()).isTrue();
        assertThat(vm.isSandbox()).isTrue();
        assertThat(vm.sandboxBannerText()).contains("nothing is sent to AWS");
        assertThat(vm.choice().profiles()).containsExactly("sandbox");
        assertThat(vm.identity().accountProperty().get()).isEqualTo("sandbox");
        assertThat(vm.signIn().offeredProperty().get()).isFalse();
    }

}
