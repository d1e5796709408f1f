package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionStatus;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the composition root and the connection bar see of the sandbox. */
class SandboxBackendTest {

    @Test
    void itSaysItIsTheSandboxAndOffersOneProfileInUsEast1() {
        try (Backend backend = new SandboxBackend()) {
            assertThat(backend.isSandbox()).isTrue();
            assertThat(backend.profiles().profileNames()).containsExactly("sandbox");
            assertThat(backend.profiles().activeProfileName()).isEqualTo("sandbox");
            assertThat(backend.profiles().regionOf("sandbox")).contains("us-east-1");
            assertThat(backend.profiles().regionOf("default")).isEmpty();
        }
    }

    @Test
    void everyConnectionSeesTheSameSessionsAndTheSimulatorDrivesThem() throws Exception {
        try (Backend backend = new SandboxBackend()) {
            CreatedSession session = backend.livenessSessions(ConnectionSettings.of("sandbox", "us-east-1"))
                    .create(SandboxSessionLifeTest.settings("qa-bucket", 1, null));

            backend.checkSimulator().orElseThrow().simulateCompletedCheck(session.sessionId(), true);

            ConnectionSettings other = ConnectionSettings.of(null, "eu-west-1");
            assertThat(backend.livenessSessions(other).results(session.sessionId()).status())
                    .isEqualTo(SessionStatus.SUCCEEDED);
            assertThat(backend.imageStore(other).imagesOf("qa-bucket", "", session.sessionId())).hasSize(2);
        }
    }

    @Test
    void twoSandboxesShareNothing() throws Exception {
        try (SandboxBackend one = new SandboxBackend(); SandboxBackend two = new SandboxBackend()) {
            one.images().put("qa-bucket", "k", new byte[] {1});

            assertThat(two.imageStore(ConnectionSettings.of("sandbox", "us-east-1")).sessions("qa-bucket", "",
                    Optional.empty(), 10).items()).isEmpty();
            assertThat(one.checkSimulator()).containsSame(one.simulator());
        }
    }
}
