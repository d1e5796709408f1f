package dev.livenessdesk.sandbox;

import dev.livenessdesk.contract.LivenessSessionsContract;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CheckOutcome;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/** The Face Liveness contract, played by the sandbox: it arranges results by simulating the check. */
class SandboxLivenessSessionsTest extends LivenessSessionsContract {

    private MutableClock clock;
    private SandboxBackend backend;

    @BeforeEach
    void startSandbox() {
        clock = MutableClock.atNoon();
        backend = new SandboxBackend(clock);
    }

    @Override
    protected LivenessSessions sessions() {
        return backend.livenessSessions(ConnectionSettings.of("sandbox", region()));
    }

    @Override
    protected void arrange(CreatedSession session, Arranged arranged) throws Exception {
        String id = session.sessionId();
        switch (arranged) {
            case NOT_STARTED -> { }
            case STARTED -> backend.simulator().simulateCheckStarted(id);
            case SUCCEEDED_LIVE -> backend.simulator().simulateCompletedCheck(id, CheckOutcome.LIVE);
            case SUCCEEDED_SPOOF -> backend.simulator().simulateCompletedCheck(id, CheckOutcome.SPOOF);
            case SUCCEEDED_POOR_CONDITIONS -> backend.simulator().simulateCompletedCheck(id,
                    CheckOutcome.POOR_CONDITIONS);
            case EXPIRED -> clock.advance(CreatedSession.START_WINDOW);
            default -> throw new IllegalArgumentException(arranged.name());
        }
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }
}
