package dev.livenessdesk.ui.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CheckOutcome;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Play the check strip: its line belongs to one session, and a session that ended offers nothing to play. */
class SimulationViewModelTest {

    private final SandboxBackend sandbox = new SandboxBackend();
    private final AtomicInteger looksAgain = new AtomicInteger();
    private final SimulationViewModel strip = new SimulationViewModel(new SynchronousTaskRunner(),
            sandbox.simulator(), looksAgain::incrementAndGet);

    @AfterEach
    void close() {
        sandbox.close();
    }

    private String created() throws Exception {
        CreatedSession session = sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                .create(new SessionSettings("us-east-1", Optional.empty(), "", 0, Optional.empty(), null,
                        Optional.empty(), Optional.empty(), Optional.empty()));
        return session.sessionId();
    }

    @Test
    void aNewSessionStartsWithAnEmptyLine() throws Exception {
        strip.sessionIdProperty().set(created());
        strip.simulateCompleted(CheckOutcome.LIVE);
        assertThat(strip.messageProperty().get()).isNotEmpty();

        strip.sessionIdProperty().set(created());

        assertThat(strip.messageProperty().get()).as("the last session's play is not this one's").isEmpty();
        assertThat(strip.actionsDisabled().get()).isFalse();
    }

    @Test
    void aFinishedSessionOffersNoPlay() throws Exception {
        strip.sessionIdProperty().set(created());
        assertThat(strip.actionsDisabled().get()).isFalse();

        strip.finishedProperty().set(true);

        assertThat(strip.actionsDisabled().get()).isTrue();
    }
}
