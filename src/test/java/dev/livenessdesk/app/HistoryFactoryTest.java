package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox stays in the sandbox: its sessions never show in the AWS history, nor in the next sandbox run. */
class HistoryFactoryTest {

    @TempDir
    Path data;

    @Test
    void sandboxSessionsAreKeptApartAndForgottenWithTheRun() throws Exception {
        SessionHistoryStore sandbox = HistoryFactory.forBackend(true, data);
        sandbox.add(session("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8"), Optional.of("sandbox"));
        SessionHistoryStore aws = HistoryFactory.forBackend(false, data);
        aws.add(session("1f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8"), Optional.of("qa"));

        assertThat(sandbox.list()).extracting(e -> e.sessionId()).containsExactly("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8");
        assertThat(aws.list()).extracting(e -> e.sessionId()).containsExactly("1f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8");

        HistoryFactory.forgetSandbox(data);
        assertThat(data.resolve(HistoryFactory.SANDBOX_FILE)).doesNotExist();
        assertThat(HistoryFactory.forBackend(true, data).list()).as("the next sandbox run starts empty").isEmpty();
        assertThat(HistoryFactory.forBackend(false, data).list()).hasSize(1);
    }

    private static CreatedSession session(String id) {
        return new CreatedSession(id, Instant.parse("2026-12-01T20:00:00Z"), new SessionSettingsValidator()
                .validate(SessionDraft.builder().region("us-east-1").build()).settings().orElseThrow());
    }
}
