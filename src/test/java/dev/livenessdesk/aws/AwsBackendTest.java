package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/** The AWS backend as the composition root uses it. */
class AwsBackendTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @Test
    void createsSessionsThroughTheConnectionsEndpointAndReusesTheAdapter() throws Exception {
        try (RekognitionStandIn standIn = RekognitionStandIn.start();
             AwsBackend backend = new AwsBackend(RekognitionStandIn.clients(), Clock.fixed(NOW, ZoneOffset.UTC),
                     new AwsProfileCatalog())) {
            standIn.respondCreated("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8");

            var created = backend.livenessSessions(standIn.connection()).create(new SessionSettings("us-east-1",
                    Optional.empty(), "", 0, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                    Optional.empty(), Optional.empty()));

            assertThat(created.sessionId()).isEqualTo("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8");
            assertThat(created.createdAt()).isEqualTo(NOW);
            assertThat(backend.livenessSessions(standIn.connection()))
                    .isSameAs(backend.livenessSessions(standIn.connection()));
            assertThat(backend.isSandbox()).isFalse();
            assertThat(backend.profiles()).isInstanceOf(AwsProfileCatalog.class);
        }
    }

    @Test
    void theImageStoreIsS3AndReusedPerConnection() {
        try (AwsBackend backend = new AwsBackend(RekognitionStandIn.options(
                AwsRetryStrategy.doNotRetry()))) {
            ConnectionSettings virginia = ConnectionSettings.of(null, "us-east-1");
            assertThat(backend.imageStore(virginia)).isInstanceOf(S3ImageStore.class)
                    .isSameAs(backend.imageStore(virginia))
                    .isNotSameAs(backend.imageStore(ConnectionSettings.of(null, "eu-west-1")));
        }
    }
}
