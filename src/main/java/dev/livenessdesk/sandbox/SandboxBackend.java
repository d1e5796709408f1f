package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.RetentionRules;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.connection.ProfileCatalog;

import java.time.Clock;
import java.util.Optional;

/**
 * The whole flow without AWS: every connection shares one set of in-memory sessions and one image store, which
 * live as long as this object. Nothing leaves the process. Thread-safe: screens call it from worker threads.
 */
public final class SandboxBackend implements Backend {

    private final SandboxSessions sessions;
    private final SandboxImageStore images;
    private final SandboxCheckSimulator simulator;
    private final ProfileCatalog profiles = new SandboxProfiles();
    private final SandboxTrail trail;
    private final SandboxRetentionRules retentionRules;

    public SandboxBackend() {
        this(Clock.systemUTC());
    }

    /** @param clock when sessions are created and expire, and when images are stored */
    public SandboxBackend(Clock clock) {
        this.sessions = new SandboxSessions(clock);
        this.images = new SandboxImageStore(clock);
        this.retentionRules = new SandboxRetentionRules(images);
        this.simulator = new SandboxCheckSimulator(sessions, images);
        this.trail = new SandboxTrail(clock, SandboxTrail.PAGE_PAUSE);
    }

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        return new SandboxLivenessSessions(sessions, connection.region());
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        return images;
    }

    /** The made-up busy day, whatever the connection: the sandbox has one trail, and keeps nothing of it. */
    @Override
    public Optional<TrailEvents> trailEvents(ConnectionSettings connection, TrailEventCache cache) {
        return Optional.of(trail);
    }

    @Override
    public Optional<ErasureTarget> erasureTarget(ConnectionSettings connection) {
        return Optional.of(new SandboxErasureTarget(images));
    }

    @Override
    public Optional<RetentionRules> retentionRules(ConnectionSettings connection) {
        return Optional.of(retentionRules);
    }

    @Override
    public ProfileCatalog profiles() {
        return profiles;
    }

    @Override
    public boolean isSandbox() {
        return true;
    }

    @Override
    public Optional<CheckSimulator> checkSimulator() {
        return Optional.of(simulator);
    }

    /** A made-up identity that says "sandbox" everywhere, so it cannot pass for an AWS account. */
    @Override
    public Optional<IdentityService> identityService() {
        return Optional.of(new SandboxIdentity());
    }

    /** The simulator with its sandbox-only extras ({@link SandboxCheckSimulator#simulateFailedCheck}). */
    public SandboxCheckSimulator simulator() {
        return simulator;
    }

    /** The store, to put objects in it directly (demos, tests). */
    public SandboxImageStore images() {
        return images;
    }

    /** Nothing to release: no clients, no threads. */
    @Override
    public void close() {
    }
}
