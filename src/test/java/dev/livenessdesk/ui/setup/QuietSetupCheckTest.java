package dev.livenessdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quiet check before the first Create for a bucket: once per bucket, shown only when something fails. */
class QuietSetupCheckTest {

    private static final ConnectionSettings CONNECTION = ConnectionSettings.of("qa", "us-east-1");

    private final ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
    private final List<SetupRun> shown = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final LivenessSessions service = new LivenessSessions() {
        @Override
        public CreatedSession create(SessionSettings settings, AttemptListener attempts) {
            created.add(settings.bucket().orElse("(none)"));
            return new CreatedSession("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", Instant.now(), settings);
        }

        @Override
        public SessionResults results(String sessionId) {
            throw new UnsupportedOperationException();
        }
    };
    private final LivenessSessions watched = new QuietSetupCheck(new SynchronousTaskRunner(),
            new SetupChecker(answers), shown::add).watching(connection -> service).apply(CONNECTION);

    private static SessionSettings settings(String bucket) {
        return new SessionSettingsValidator().validate(SessionDraft.builder().region("us-east-1").bucket(bucket)
                .keyPrefix(bucket == null ? "" : "qa/").build()).settings().orElseThrow();
    }

    @Test
    void aFailingSetupIsShownOnceForTheFirstCreateOfABucketAndTheCreateStillHappens() throws Exception {
        answers.place = new BucketPlace("us-west-2", true);

        watched.create(settings("liveness-west"));
        watched.create(settings("liveness-west"));

        assertThat(created).containsExactly("liveness-west", "liveness-west");
        assertThat(shown).singleElement().satisfies(run -> assertThat(run.failures()).extracting(r -> r.id())
                .containsExactly(CheckId.BUCKET));
        assertThat(answers.asked.stream().filter(q -> q.startsWith("place")).count()).isEqualTo(1);
    }

    @Test
    void aGoodSetupShowsNothingAndSessionsWithoutABucketAreNotChecked() throws Exception {
        watched.create(settings("liveness-out"));
        watched.create(settings(null));

        assertThat(shown).isEmpty();
        assertThat(answers.asked).filteredOn(q -> q.startsWith("identity")).hasSize(1);
        assertThat(created).containsExactly("liveness-out", "(none)");
    }
}
