package dev.livenessdesk.aws;

import dev.livenessdesk.aws.sso.SsoDeviceSignIn;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.check.CheckCredentialsIssuer;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.RetentionRules;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.core.setup.SetupAnswers;
import dev.livenessdesk.core.setup.SetupSource;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.SessionRecords;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ports on AWS: one client cache for the whole app, one adapter per connection. */
public final class AwsBackend implements Backend, SetupSource {

    private final AwsClients clients;
    private final Clock clock;
    private final ProfileCatalog profiles;
    private final Map<ConnectionSettings, LivenessSessions> livenessSessions = new ConcurrentHashMap<>();
    private final Map<ConnectionSettings, ImageStore> imageStores = new ConcurrentHashMap<>();
    // One reader per connection: it paces its pages at CloudTrail's per-account limit across every read.
    private final Map<ConnectionSettings, TrailEvents> trails = new ConcurrentHashMap<>();
    private final IdentityService identity;
    private final SsoSignIn ssoSignIn = new SsoDeviceSignIn();
    private final CheckCredentialsIssuer checkCredentials;
    private final SetupAnswers setupAnswers;

    public AwsBackend(AwsClients clients, Clock clock, ProfileCatalog profiles) {
        this(clients, clock, profiles, SetupEndpoints.sdkDefaults());
    }

    /** @param setupEndpoints where the setup check's STS, IAM and KMS calls go (tests: local stand-ins) */
    public AwsBackend(AwsClients clients, Clock clock, ProfileCatalog profiles, SetupEndpoints setupEndpoints) {
        this.clients = clients;
        this.clock = clock;
        this.profiles = profiles;
        this.identity = new StsCallerIdentity(clients, new CredentialSources(), setupEndpoints.sts());
        this.checkCredentials = new StsCheckCredentials(clients);
        this.setupAnswers = new AwsSetupAnswers(clients, setupEndpoints, Clock.systemUTC());
    }

    public AwsBackend(AwsClientOptions options) {
        this(new AwsClients(options), Clock.systemUTC(), new AwsProfileCatalog());
    }

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        return livenessSessions.computeIfAbsent(connection,
                c -> new RekognitionLivenessSessions(clients, c, clock));
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        return imageStores.computeIfAbsent(connection, c -> new S3ImageStore(clients, c));
    }

    @Override
    public Optional<SessionRecords> sessionRecords(ConnectionSettings connection) {
        return Optional.of(new S3SessionRecords(clients, connection));
    }

    @Override
    public Optional<ErasureTarget> erasureTarget(ConnectionSettings connection) {
        return Optional.of(new S3ErasureTarget(clients, connection, identity));
    }

    @Override
    public Optional<RetentionRules> retentionRules(ConnectionSettings connection) {
        return Optional.of(new S3RetentionRules(clients, connection, identity));
    }

    @Override
    public Optional<TrailEvents> trailEvents(ConnectionSettings connection, TrailEventCache cache) {
        return Optional.of(trails.computeIfAbsent(connection, c -> new CloudTrailActivity(clients, c, cache, clock)));
    }

    @Override
    public Optional<TrailEvents> athenaTrail(ConnectionSettings connection, AthenaTable table) {
        return Optional.of(new AthenaActivity(clients, connection, table, clock));
    }

    @Override
    public Optional<SharedReviews> sharedReviews(ConnectionSettings connection) {
        return Optional.of(new S3SessionReviews(clients, connection));
    }

    @Override
    public ProfileCatalog profiles() {
        return profiles;
    }

    @Override
    public Optional<IdentityService> identityService() {
        return Optional.of(identity);
    }

    @Override
    public Optional<CheckCredentialsIssuer> checkCredentials() {
        return Optional.of(checkCredentials);
    }

    @Override
    public Optional<SsoSignIn> ssoSignIn() {
        return Optional.of(ssoSignIn);
    }

    @Override
    public SetupAnswers setupAnswers() {
        return setupAnswers;
    }

    @Override
    public boolean isSandbox() {
        return false;
    }

    @Override
    public void close() {
        livenessSessions.clear();
        imageStores.clear();
        trails.clear();
        clients.close();
    }
}
