package dev.livenessdesk.store;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions and results as the service would give them, for the store's tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static CreatedSession session(String id, Instant createdAt, String bucket) {
        return new CreatedSession(id, createdAt, new SessionSettings("eu-west-1", Optional.ofNullable(bucket),
                bucket == null ? "" : "checks/", 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    static SessionResults results(String id, String status, Float confidence) {
        return new SessionResults(id, SessionStatus.fromWire(status), status, Optional.ofNullable(confidence),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /** A well-formed session id numbered n, so tests can make many distinct ones. */
    static String id(int n) {
        return String.format("%08x-4d5e-4f70-8192-a3b4c5d6e7f8", n);
    }
}
