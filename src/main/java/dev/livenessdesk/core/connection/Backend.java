package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.check.CheckCredentialsIssuer;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.SessionRecords;


import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.RetentionRules;
import java.util.Optional;

/**
 * Where the ports come from: AWS, or the offline sandbox. Only the composition root ({@code app}, {@code Main})
 * picks one; screens and commands see this interface.
 */
public interface Backend extends AutoCloseable {

    /** The Face Liveness service for a connection. Implementations reuse clients per connection. */
    LivenessSessions livenessSessions(ConnectionSettings connection);

    /** The image store for a connection. */
    ImageStore imageStore(ConnectionSettings connection);

    /** The team's session records in S3 for a connection; empty where there is no S3 to share through. */
    default Optional<SessionRecords> sessionRecords(ConnectionSettings connection) {
        return Optional.empty();
    }

    /** Where an erasure deletes for a connection; empty where the backend cannot erase. */
    default Optional<ErasureTarget> erasureTarget(ConnectionSettings connection) {
        return Optional.empty();
    }

    /** A bucket's lifecycle rules for a connection, for the retention rule; empty where there are none to set. */
    default Optional<RetentionRules> retentionRules(ConnectionSettings connection) {
        return Optional.empty();
    }

    /**
     * The Face Liveness events of a connection's region (the Activity tab), keeping what is read in the cache;
     * empty where there is no trail to read.
     */
    default Optional<TrailEvents> trailEvents(ConnectionSettings connection, TrailEventCache cache) {
        return Optional.empty();
    }

    /**
     * The same events read through Athena from the trail's table (for busy accounts and windows past CloudTrail's
     * 90 days); empty where there is no Athena to ask.
     */
    default Optional<TrailEvents> athenaTrail(ConnectionSettings connection, AthenaTable table) {
        return Optional.empty();
    }

    /**
     * The reviews the team shares in its session records for a connection; empty where there is no S3 to share
     * through (the sandbox keeps its reviews on this computer only).
     */
    default Optional<SharedReviews> sharedReviews(ConnectionSettings connection) {
        return Optional.empty();
    }

    /** The profiles a user can pick, and their regions. */
    ProfileCatalog profiles();

    /** True for the offline sandbox, which the UI must always make visible. */
    boolean isSandbox();

    /** Who can play the end user's check: only the offline sandbox; AWS runs the check in the user's browser. */
    default Optional<CheckSimulator> checkSimulator() {
        return Optional.empty();
    }

    /** Who makes a check page's scoped credentials: AWS (STS); empty in the sandbox, whose page plays the check. */
    default Optional<CheckCredentialsIssuer> checkCredentials() {
        return Optional.empty();
    }

    /** Who the app acts as on a connection; empty where the backend cannot tell. */
    default Optional<IdentityService> identityService() {
        return Optional.empty();
    }

    /** The IAM Identity Center sign-in; empty where there is nothing to sign in to. */
    default Optional<SsoSignIn> ssoSignIn() {
        return Optional.empty();
    }

    /** Releases clients and threads; never throws. */
    @Override
    void close();
}
