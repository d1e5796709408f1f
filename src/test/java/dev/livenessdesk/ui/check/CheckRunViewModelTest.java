package dev.livenessdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.checkpage.PageCalls;
import dev.livenessdesk.checkpage.TestPages;
import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckCredentialsIssuer;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.check.CheckRoleMissing;
import dev.livenessdesk.core.check.CheckRuns;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.NoServicesBackend;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Run the check here, from the desk's side: serve, open the browser, hear the end, follow at once. */
class CheckRunViewModelTest {

    private static final ConnectionSettings CONNECTION = ConnectionSettings.of(null, "us-east-1");

    private final SandboxBackend sandbox = new SandboxBackend();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    // The page reports its end on a server thread; the desk hands it to the FX thread: here, this queue.
    private final LinkedBlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private CheckRunViewModel check;

    @AfterEach
    void dispose() {
        if (check != null) {
            check.dispose();
        }
    }

    private CheckRunViewModel viewModel(Backend backend, CheckPageHost host, HandOverConfirmation handOver) {
        return viewModel(backend, host, handOver, opened::add);
    }

    private CheckRunViewModel viewModel(Backend backend, CheckPageHost host, HandOverConfirmation handOver,
                                        dev.livenessdesk.ui.common.Browser browser) {
        check = new CheckRunViewModel(new SynchronousTaskRunner(), new CheckRuns(backend, host, Clock.systemUTC()),
                browser, handOver, fxThread::add);
        return check;
    }

    @Test
    void whenNoBrowserCouldStartItSaysSoAndTheFullAddressStaysToCopy() throws Exception {
        CreatedSession session = created();
        viewModel(sandbox, TestPages.tinyPage(), HandOverConfirmation.NEVER, page -> {
            opened.add(page);
            throw new java.io.IOException("No browser could be started (xdg-open: ended with code 3).");
        });

        check.run(CONNECTION, session.sessionId(), Optional.of(session.createdAt()));

        assertThat(check.servingProperty().get()).isTrue();
        assertThat(check.messageProperty().get()).isEqualTo("No browser could be started (xdg-open: ended with code 3).")
                .doesNotContain("open in your browser");
        assertThat(check.addressProperty().get()).isEqualTo(opened.get(0).toString())
                .matches("http://127\\.0\\.0\\.1:\\d+/.+");
        List<String> copied = new ArrayList<>();
        check.copyAddress(copied::add);
        assertThat(copied).containsExactly(opened.get(0).toString());

        check.stop();
        runFxUntilEnded();
        assertThat(check.addressProperty().get()).as("no address once the page is no longer served").isEmpty();
    }

    private CreatedSession created() throws Exception {
        return sandbox.livenessSessions(CONNECTION).create(new SessionSettings("us-east-1", Optional.empty(), "", 0,
                Optional.empty(), null, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private void runFxUntilEnded() throws InterruptedException {
        Runnable next = fxThread.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("the page's end reached the desk").isNotNull();
        next.run();
    }

    @Test
    void opensTheBrowserOnTheServedPageAndFollowsTheResultWhenTheCheckEnds() throws Exception {
        CreatedSession session = created();
        List<CheckOutcome> followed = new ArrayList<>();
        viewModel(sandbox, TestPages.tinyPage(), HandOverConfirmation.NEVER).setOnEnded(followed::add);
        check.targetProperty().set(new CheckTarget(CONNECTION, session.sessionId(),
                Optional.of(session.createdAt())));

        check.runTarget();

        assertThat(opened).singleElement().satisfies(page -> assertThat(page.toString())
                .startsWith("http://127.0.0.1:"));
        assertThat(check.servingProperty().get()).isTrue();
        assertThat(check.messageProperty().get()).contains("handed to your browser");
        assertThat(check.addressProperty().get()).isEqualTo(opened.get(0).toString());

        PageCalls.post(opened.get(0), "play", "{\"play\":\"live\"}");
        runFxUntilEnded();

        assertThat(followed).singleElement().satisfies(ended ->
                assertThat(ended.kind()).isEqualTo(CheckOutcome.Kind.COMPLETED));
        assertThat(check.messageProperty().get()).startsWith("The check ended").doesNotContain("see Liveness Desk");
        assertThat(check.servingProperty().get()).isFalse();
    }

    @Test
    void theComponentsErrorIsShownInWordsNextToTheSession() throws Exception {
        CreatedSession session = created();
        viewModel(sandbox, TestPages.tinyPage(), HandOverConfirmation.NEVER);
        check.run(CONNECTION, session.sessionId(), Optional.of(session.createdAt()));

        PageCalls.post(opened.get(0), "outcome", "{\"outcome\":\"FAILED\",\"state\":\"TIMEOUT\"}");
        runFxUntilEnded();

        assertThat(check.messageProperty().get()).contains("did not fit the oval in time");
        assertThat(check.outcomeProperty().get().errorState()).contains("TIMEOUT");
    }

    @Test
    void withoutThePageInTheBuildTheButtonSaysWhatIsMissingAndOpensNothing() throws Exception {
        CreatedSession session = created();
        viewModel(sandbox, CheckPageHost.NONE, HandOverConfirmation.NEVER);

        check.run(CONNECTION, session.sessionId(), Optional.of(session.createdAt()));

        assertThat(check.unavailableReason()).isPresent();
        assertThat(check.messageProperty().get()).contains("Node.js", "npm");
        assertThat(opened).isEmpty();
    }

    @Test
    void withoutACheckRoleTheUserIsAskedAndOnlyAYesHandsOverTheCredentials() throws Exception {
        List<Boolean> handOverAsked = new ArrayList<>();
        Backend aws = new AwsLikeBackend(handOverAsked);
        List<String> questions = new ArrayList<>();

        viewModel(aws, TestPages.tinyPage(), (problem, warning) -> {
            questions.add(problem + " | " + warning);
            return false;
        });
        check.run(CONNECTION, "0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", Optional.of(Instant.now()));

        assertThat(questions).singleElement().asString().contains("no check role", "everything you can do");
        assertThat(handOverAsked).containsExactly(false);
        assertThat(opened).isEmpty();
        assertThat(check.messageProperty().get()).contains("liveness_check_role_arn");

        check.dispose();
        viewModel(aws, TestPages.tinyPage(), (problem, warning) -> true);
        check.run(CONNECTION, "0f4a2c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b", Optional.of(Instant.now()));

        assertThat(handOverAsked).containsExactly(false, false, true);
        assertThat(opened).hasSize(1);
    }

    /** A backend like AWS for a role profile without a check role: the issuer refuses unless handed over. */
    private static final class AwsLikeBackend extends NoServicesBackend {
        private final List<Boolean> asked;

        AwsLikeBackend(List<Boolean> asked) {
            this.asked = asked;
        }

        @Override
        public Optional<CheckCredentialsIssuer> checkCredentials() {
            return Optional.of((connection, handOver) -> {
                asked.add(handOver);
                if (!handOver) {
                    throw new CheckRoleMissing("profile qa");
                }
                return new CheckCredentials("ASIACURRENT", "secret", "token", Instant.now().plusSeconds(900),
                        CredentialScope.CURRENT_TEMPORARY);
            });
        }
    }
}
