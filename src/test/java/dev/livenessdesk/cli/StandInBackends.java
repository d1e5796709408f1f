package dev.livenessdesk.cli;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** The real AWS backend over the stand-in's clients (static keys, one attempt), on a fixed clock. */
final class StandInBackends {

    static final Instant NOW = Instant.parse("2025-03-04T05:06:07.123Z");

    private StandInBackends() {
    }

    static Supplier<Backend> aws(ProfileCatalog profiles) {
        return () -> new AwsBackend(RekognitionStandIn.clients(), Clock.fixed(NOW, ZoneOffset.UTC), profiles);
    }

    static Supplier<Backend> aws(AwsClients clients, ProfileCatalog profiles) {
        return () -> new AwsBackend(clients, Clock.fixed(NOW, ZoneOffset.UTC), profiles);
    }

    static Supplier<Backend> aws() {
        return aws(FixedProfiles.none());
    }
}
