package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.AwsService;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointResolver;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.IoUtils;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds SDK clients once per connection and reuses them (a bounded number per service, see {@link ClientCache});
 * closes them all on exit. One small HTTP client is
 * shared by every service client (no Netty, no Apache: the service modules would pull both in at runtime).
 */
public final class AwsClients implements AutoCloseable {

    /**
     * The SDK's own switch (a system property wins over its environment variable) that stops every client from
     * reading AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_* and a profile's endpoint_url on its own: the desk resolves them
     * ({@link #endpointFor}), so a blank variable is unset for the SDK too and every message names the endpoint the
     * calls use.
     */
    static final String IGNORE_CONFIGURED_ENDPOINTS = "aws.ignoreConfiguredEndpointUrls";

    static {
        System.setProperty(IGNORE_CONFIGURED_ENDPOINTS, "true");
    }

    private final AwsClientOptions options;
    private final EndpointResolver configuredEndpoints;
    private final SdkHttpClient httpClient;
    private final ClientCache<ConnectionSettings, RekognitionClient> rekognitionClients = new ClientCache<>();
    private final ClientCache<ConnectionSettings, S3Client> s3Clients = new ClientCache<>();
    private final ClientCache<ConnectionSettings, S3Presigner> presigners = new ClientCache<>();
    // Keyed by profile, not connection: one role or SSO profile signs in once, whatever the region or endpoint.
    private final Map<Optional<String>, AwsCredentialsProvider> credentials = new ConcurrentHashMap<>();
    private final ClientCache<ClientKey, StsClient> stsClients = new ClientCache<>();
    private final ClientCache<ClientKey, IamClient> iamClients = new ClientCache<>();
    private final ClientCache<ClientKey, KmsClient> kmsClients = new ClientCache<>();
    private final ClientCache<ConnectionSettings, CloudTrailClient> cloudTrailClients = new ClientCache<>();
    private final ClientCache<ConnectionSettings, AthenaClient> athenaClients = new ClientCache<>();

    public AwsClients(AwsClientOptions options) {
        this(options, System.getenv());
    }

    /** @param environment the variables endpoints are read from ({@code System.getenv()}; tests pass their own) */
    public AwsClients(AwsClientOptions options, Map<String, String> environment) {
        this.options = options;
        this.configuredEndpoints = new EndpointResolver(environment, new AwsProfileCatalog());
        this.httpClient = UrlConnectionHttpClient.builder()
                .connectionTimeout(options.connectTimeout())
                .socketTimeout(options.apiCallAttemptTimeout())
                .build();
    }

    /** How many Rekognition clients are open now: for the bound's test. */
    long openRekognitionClients() {
        return rekognitionClients.size();
    }

    public AwsClientOptions options() {
        return options;
    }

    public RekognitionClient rekognition(ConnectionSettings connection) {
        return rekognitionClients.get(connection, c -> {
            var builder = RekognitionClient.builder()
                    .httpClient(httpClient)
                    .region(Region.of(c.region()))
                    .credentialsProvider(credentials(c))
                    .overrideConfiguration(overrides());
            endpointFor(AwsService.REKOGNITION, c, c.rekognitionEndpoint()).ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    public S3Client s3(ConnectionSettings connection) {
        return s3Clients.get(connection, c -> {
            var builder = S3Client.builder()
                    .httpClient(httpClient)
                    .region(Region.of(c.region()))
                    .credentialsProvider(credentials(c))
                    .overrideConfiguration(overrides().toBuilder()
                            .addExecutionInterceptor(new UrlEncodedListings()).build());
            // Emulators and VPC endpoints answer on one host name: path-style addressing reaches them.
            endpointFor(AwsService.S3, c, c.s3Endpoint())
                    .ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
            return builder.build();
        });
    }

    public S3Presigner presigner(ConnectionSettings connection) {
        return presigners.get(connection, c -> {
            var builder = S3Presigner.builder()
                    .region(Region.of(c.region()))
                    .credentialsProvider(credentials(c));
            endpointFor(AwsService.S3, c, c.s3Endpoint()).ifPresent(endpoint -> builder.endpointOverride(endpoint)
                    .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                            .pathStyleAccessEnabled(true).build()));
            return builder.build();
        });
    }

    /** CloudTrail in a connection's region: its own endpoint override, else the SDK's (AWS_ENDPOINT_URL_CLOUDTRAIL, ...). */
    public CloudTrailClient cloudTrail(ConnectionSettings connection) {
        return cloudTrailClients.get(connection,
                c -> build(CloudTrailClient.builder(), AwsService.CLOUDTRAIL, new ClientKey(c, c.cloudTrailEndpoint())));
    }

    /** Athena in a connection's region: its own endpoint override, else the SDK's (AWS_ENDPOINT_URL_ATHENA, ...). */
    public AthenaClient athena(ConnectionSettings connection) {
        return athenaClients.get(connection,
                c -> build(AthenaClient.builder(), AwsService.ATHENA, new ClientKey(c, c.athenaEndpoint())));
    }

    /** STS for a connection, at the endpoint AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL or the profile sets, else the public one. */
    public StsClient sts(ConnectionSettings connection) {
        return sts(connection, Optional.empty());
    }

    /** STS for a connection at an explicit endpoint (a stand-in, a VPC endpoint), one client per pair. */
    public StsClient sts(ConnectionSettings connection, Optional<URI> endpoint) {
        return stsClients.get(new ClientKey(connection, endpoint), key -> build(StsClient.builder(), AwsService.STS, key));
    }

    /** IAM (global: one endpoint per partition) with a connection's credentials, for the setup check. */
    public IamClient iam(ConnectionSettings connection, Optional<URI> endpoint) {
        return iamClients.get(new ClientKey(connection.withRegion(iamRegion(connection.region())), endpoint),
                key -> build(IamClient.builder(), AwsService.IAM, key));
    }

    /** KMS in a connection's region, for the setup check. */
    public KmsClient kms(ConnectionSettings connection, Optional<URI> endpoint) {
        return kmsClients.get(new ClientKey(connection, endpoint), key -> build(KmsClient.builder(), AwsService.KMS, key));
    }

    /** A setup-check client (STS, IAM, KMS): the shared HTTP client, the connection's region and credentials, our bounds. */
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder,
                                                                                         AwsService service,
                                                                                         ClientKey key) {
        builder.httpClient(httpClient)
                .region(Region.of(key.connection().region()))
                .credentialsProvider(credentials(key.connection()))
                .overrideConfiguration(overrides());
        endpointFor(service, key.connection(), key.endpoint()).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * The endpoint a client is given: the one named for the connection, else the one the environment or the
     * profile sets, resolved here as everywhere in the desk (a blank variable is unset) and checked like a typed one
     * (no user name or password, http(s) only). Empty: the service's public endpoint. The SDK never reads those
     * settings itself ({@link #IGNORE_CONFIGURED_ENDPOINTS}), so what the desk shows is what the calls use.
     */
    private Optional<URI> endpointFor(AwsService service, ConnectionSettings connection, Optional<URI> named) {
        if (named.isPresent()) {
            return named;
        }
        EndpointResolver.Configured configured = configuredEndpoints.resolve(service, connection);
        if (!configured.isConfigured()) {
            return Optional.empty();
        }
        // A variable or a profile set on purpose is the yes that plain http to another computer needs.
        EndpointCheck check = configured.check(true);
        if (check.outcome() == EndpointCheck.Outcome.ERROR) {
            throw SdkClientException.create(configured.settingName() + ": " + check.message());
        }
        return check.endpoint();
    }

    private static String iamRegion(String region) {
        if (region.startsWith("cn-")) {
            return Region.AWS_CN_GLOBAL.id();
        }
        return region.startsWith("us-gov-") ? Region.AWS_US_GOV_GLOBAL.id() : Region.AWS_GLOBAL.id();
    }

    /** The credentials of a connection: the named profile, or the SDK's default chain (AWS_PROFILE and all). */
    public AwsCredentialsProvider credentials(ConnectionSettings connection) {
        if (options.credentialsOverride().isPresent()) {
            return options.credentialsOverride().get();
        }
        return credentials.computeIfAbsent(connection.profile(), profile -> new TrackedCredentials(profile
                .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build())));
    }

    private ClientOverrideConfiguration overrides() {
        ClientOverrideConfiguration.Builder builder = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(options.apiCallAttemptTimeout())
                .apiCallTimeout(options.apiCallTimeout())
                .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, "liveness-desk")
                .addExecutionInterceptor(new AttemptReporter())
                .addExecutionInterceptor(new EndpointsUsed());
        options.retryStrategy().ifPresent(builder::retryStrategy);
        return builder.build();
    }

    @Override
    public void close() {
        rekognitionClients.closeAll();
        s3Clients.closeAll();
        presigners.closeAll();
        stsClients.closeAll();
        iamClients.closeAll();
        kmsClients.closeAll();
        cloudTrailClients.closeAll();
        athenaClients.closeAll();
        credentials.values().forEach(provider -> {
            if (provider instanceof SdkAutoCloseable closeable) {
                IoUtils.closeQuietly(closeable, null);
            }
        });
        credentials.clear();
        httpClient.close();
    }

    private record ClientKey(ConnectionSettings connection, Optional<URI> endpoint) {
    }
}
