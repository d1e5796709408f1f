package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.checkpage.PageCalls;
import dev.livenessdesk.checkpage.TestPages;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.check.PageOpener;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `check`: serves the page, waits for it, prints the results envelope with how the check ended. */
class CheckCommandTest {

    private static final Pattern OPEN_LINE = Pattern.compile("Open (http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9_-]+/) in a browser");

    private final SandboxBackend sandbox = new SandboxBackend();
    private final CheckPageHost pages = TestPages.tinyPage();
    private String id;

    @BeforeEach
    void createASession() throws Exception {
        CreatedSession created = sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                .create(new SessionSettings("us-east-1", Optional.of("qa-bucket"), "desk/", 1, Optional.empty(),
                        null, Optional.empty(), Optional.empty(), Optional.empty()));
        id = created.sessionId();
    }

    @Test
    void opensTheBrowserWaitsForTheCheckAndPrintsTheResults() {
        List<URI> opened = new CopyOnWriteArrayList<>();
        // The "browser": plays a live person on the page it was given, as the sandbox page's buttons do.
        PageOpener browser = page -> {
            opened.add(page);
            new Thread(() -> {
                PageCalls.post(page, "play", "{\"play\":\"started\"}");
                PageCalls.post(page, "play", "{\"play\":\"live\"}");
            }).start();
        };

        CliRun run = CliRun.runCheck(() -> sandbox, pages, browser, Writer.nullWriter(), "check", id,
                "--region", "us-east-1");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode data = run.envelope().path("data");
        assertThat(data.path("id").asText()).isEqualTo(id);
        assertThat(data.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(data.path("confidence").floatValue()).isGreaterThan(80f);
        assertThat(data.path("reference_image").path("s3_uri").asText()).startsWith("s3://qa-bucket/desk/");
        assertThat(data.path("check").path("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(data.path("check").path("message").asText()).isEqualTo("The check ended: its results are in this envelope.");
        assertThat(opened).singleElement().satisfies(page -> assertThat(page.getHost()).isEqualTo("127.0.0.1"));
        assertThat(run.stderr()).doesNotContain("Open http");
    }

    @Test
    void withNoBrowserItSaysWhereToOpenThePageAndReportsTheComponentsError() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        StringWriter tap = new StringWriter();
        Writer watcher = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                tap.write(text, offset, length);
                Matcher open = OPEN_LINE.matcher(tap.toString());
                if (open.find() && told.getCount() > 0) {
                    told.countDown();
                    URI page = URI.create(open.group(1));
                    new Thread(() -> PageCalls.post(page, "outcome",
                            "{\"outcome\":\"FAILED\",\"state\":\"CAMERA_ACCESS_ERROR\",\"detail\":\"NotAllowedError\"}"))
                            .start();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PageOpener mustNotOpen = page -> {
            throw new AssertionError("--no-browser opened " + page);
        };

        CliRun run = CliRun.runCheck(() -> sandbox, pages, mustNotOpen, watcher, "check", id, "--region",
                "us-east-1", "--no-browser");

        assertThat(told.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitCode()).isZero();
        JsonNode data = run.envelope().path("data");
        assertThat(data.path("status").asText()).isEqualTo("CREATED");
        assertThat(data.path("check").path("outcome").asText()).isEqualTo("FAILED");
        assertThat(data.path("check").path("error_state").asText()).isEqualTo("CAMERA_ACCESS_ERROR");
        assertThat(data.path("check").path("message").asText()).contains("could not use a camera");
        assertThat(data.path("check").path("detail").asText()).isEqualTo("NotAllowedError");
    }

    @Test
    void aSessionAlreadyCheckedIsRefusedInWords() throws Exception {
        sandbox.simulator().simulateCompletedCheck(id, true);

        CliRun run = CliRun.runCheck(() -> sandbox, pages, PageOpener.NONE, Writer.nullWriter(), "check", id,
                "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.SERVICE_FAILURE);
        JsonNode error = run.envelope().path("error");
        assertThat(error.path("message").asText()).contains(id, "SUCCEEDED", "only a CREATED session");
    }

    @Test
    void aBuildWithoutThePageSaysWhatIsMissing() {
        CliRun run = CliRun.runCheck(() -> sandbox, CheckPageHost.NONE, PageOpener.NONE, Writer.nullWriter(),
                "check", id, "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.SERVICE_FAILURE);
        assertThat(run.envelope().path("error").path("message").asText()).contains("Node.js", "npm");
    }

    @Test
    void refusesAMalformedIdBeforeAnyCall() {
        CliRun run = CliRun.runCheck(() -> sandbox, pages, PageOpener.NONE, Writer.nullWriter(), "check",
                "not-a-session", "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
