package dev.livenessdesk.aws.sso;

import dev.livenessdesk.aws.AwsErrorTranslator;
import dev.livenessdesk.aws.ConnectionWords;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkInterruptedException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * {@code aws sso login} inside the app: the OIDC device authorization flow (RegisterClient,
 * StartDeviceAuthorization, then CreateToken polled until the user approves the code in the browser), cached where
 * and how the AWS CLI v2 caches it, so the SDK, the CLI and this app share one sign-in.
 */
public final class SsoDeviceSignIn implements SsoSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SsoDeviceSignIn.class);
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String CLIENT_NAME = "liveness-desk";
    // RFC 8628: poll every 5 s unless told otherwise, and 5 s slower after each slow_down.
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private final SsoProfiles profiles;
    private final SsoTokenCache cache;
    private final Optional<URI> oidcEndpoint;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param profileFile  reads the AWS config (called on each sign-in, so edits show up)
     * @param cache        where tokens go (the CLI's cache in production)
     * @param oidcEndpoint where the OIDC service answers; empty: oidc.{sso_region}.amazonaws.com
     */
    public SsoDeviceSignIn(Supplier<ProfileFile> profileFile, SsoTokenCache cache, Optional<URI> oidcEndpoint,
                           Clock clock, Sleeper sleeper) {
        this.profiles = new SsoProfiles(profileFile);
        this.cache = cache;
        this.oidcEndpoint = oidcEndpoint;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public SsoDeviceSignIn() {
        this(ProfileFile::defaultProfileFile, SsoTokenCache.inUserHome(), Optional.empty(), Clock.systemUTC(),
                Sleeper.REAL);
    }

    @Override
    public SignInRoute routeFor(Optional<String> profile) {
        String name = SsoProfiles.effectiveName(profile);
        String command = SignInRoute.cliCommandFor(Optional.of(name));
        try {
            profiles.read(name);
            return SignInRoute.here(command);
        } catch (SsoProfiles.NotSignableHere | RuntimeException e) {
            return SignInRoute.terminalOnly(command, e.getMessage());
        }
    }

    @Override
    public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode)
            throws ServiceException, InterruptedException {
        String name = SsoProfiles.effectiveName(profile);
        String command = SignInRoute.cliCommandFor(Optional.of(name));
        SsoProfile sso;
        try {
            sso = profiles.read(name);
        } catch (SsoProfiles.NotSignableHere | RuntimeException e) {
            // A config file the SDK cannot parse ends here too, in words, like a profile that cannot sign in.
            throw new ServiceException(ServiceError.of(ErrorKind.SSO_SIGN_IN_NEEDED, String.valueOf(e.getMessage()),
                    ConnectionWords.get("sso.next.terminal", command)), e);
        }
        try (SsoOidcClient oidc = client(sso.ssoRegion())) {
            RegisterClientResponse registration = oidc.registerClient(request -> request
                    .clientName(CLIENT_NAME).clientType("public")
                    .scopes(sso.scopes().isEmpty() ? null : sso.scopes()));
            StartDeviceAuthorizationResponse authorization = oidc.startDeviceAuthorization(request -> request
                    .clientId(registration.clientId()).clientSecret(registration.clientSecret())
                    .startUrl(sso.startUrl()));
            Instant codeExpires = clock.instant().plusSeconds(orDefault(authorization.expiresIn(), 600));
            showCode.accept(new DeviceCode(authorization.userCode(), URI.create(authorization.verificationUri()),
                    Optional.ofNullable(authorization.verificationUriComplete()).map(URI::create), codeExpires));

            CreateTokenResponse token = pollForToken(oidc, registration, authorization, codeExpires);
            Instant expiresAt = clock.instant().plusSeconds(orDefault(token.expiresIn(), 3600))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            store(sso, command, new SsoTokenCache.Token(token.accessToken(), expiresAt, registration.clientId(),
                    registration.clientSecret(),
                    Optional.ofNullable(registration.clientSecretExpiresAt()).filter(at -> at > 0)
                            .map(Instant::ofEpochSecond),
                    Optional.ofNullable(token.refreshToken())));
            LOG.info("Signed in profile {} to IAM Identity Center until {}", name, expiresAt);
            return expiresAt;
        } catch (AbortedException | SdkInterruptedException e) {
            throw interrupted(e);
        } catch (AccessDeniedException e) {
            throw new ServiceException(AwsErrorTranslator.fromAnswer(ErrorKind.SSO_SIGN_IN_NEEDED, e,
                    ConnectionWords.get("sso.denied.message"), ConnectionWords.get("sso.denied.next")), e);
        } catch (AwsServiceException e) {
            String code = AwsErrorTranslator.errorCode(e).orElse("HTTP " + e.statusCode());
            String detail = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? code
                    : e.awsErrorDetails().errorMessage();
            throw new ServiceException(AwsErrorTranslator.fromAnswer(ErrorKind.SSO_SIGN_IN_NEEDED, e,
                    ConnectionWords.get("sso.refused.message", code, detail),
                    ConnectionWords.get("sso.refused.next", command)), e);
        } catch (SdkException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(e);
            }
            throw AwsErrorTranslator.exception(e, "sso-oauth:CreateToken",
                    ConnectionSettings.of(name, sso.ssoRegion()));
        }
    }

    private CreateTokenResponse pollForToken(SsoOidcClient oidc, RegisterClientResponse registration,
                                             StartDeviceAuthorizationResponse authorization, Instant codeExpires)
            throws ServiceException, InterruptedException {
        Duration interval = authorization.interval() == null || authorization.interval() <= 0 ? DEFAULT_INTERVAL
                : Duration.ofSeconds(authorization.interval());
        while (true) {
            if (!clock.instant().isBefore(codeExpires)) {
                throw codeExpired(null);
            }
            sleeper.sleep(interval);
            try {
                return oidc.createToken(request -> request.clientId(registration.clientId())
                        .clientSecret(registration.clientSecret()).grantType(DEVICE_GRANT)
                        .deviceCode(authorization.deviceCode()));
            } catch (AuthorizationPendingException e) {
                LOG.debug("Sign-in not approved yet; asking again in {}", interval);
            } catch (SlowDownException e) {
                interval = interval.plus(SLOW_DOWN_STEP);
            } catch (ExpiredTokenException e) {
                throw codeExpired(e);
            }
        }
    }

    private void store(SsoProfile sso, String command, SsoTokenCache.Token token) throws ServiceException {
        try {
            cache.store(sso, token);
        } catch (IOException | RuntimeException e) {
            throw new ServiceException(ServiceError.of(ErrorKind.UNKNOWN,
                    ConnectionWords.get("sso.cache.message", cache.directory(), e.getMessage()),
                    ConnectionWords.get("sso.cache.next", command)), e);
        }
    }

    private SsoOidcClient client(String region) {
        var builder = SsoOidcClient.builder()
                .region(Region.of(region))
                // The OIDC calls carry no SigV4 signature: there are no credentials yet.
                .credentialsProvider(AnonymousCredentialsProvider.create())
                // Built by the client, so closing the client closes it too.
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
        oidcEndpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static ServiceException codeExpired(Throwable cause) {
        return new ServiceException(ServiceError.of(ErrorKind.SSO_SIGN_IN_NEEDED,
                ConnectionWords.get("sso.expired.message"), ConnectionWords.get("sso.expired.next")), cause);
    }

    private static InterruptedException interrupted(Throwable cause) {
        InterruptedException interrupted = new InterruptedException("Sign-in cancelled");
        interrupted.initCause(cause);
        return interrupted;
    }

    private static long orDefault(Integer seconds, long fallback) {
        return seconds == null || seconds <= 0 ? fallback : seconds;
    }
}
